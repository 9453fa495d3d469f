export * from './types';
export * from './keys';
export * from './model';
export * from './serialize';
export * from './validate';
export * from './fragment';
export * from './records';
export * from './quote';
