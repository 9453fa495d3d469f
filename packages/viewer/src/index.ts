/** Node-side entry of the viewer package: build and serve the app (the app itself is src/main.ts). */
export { buildViewer, serveViewer, viewerBuildIsStale, VIEWER_DIST, VIEWER_ROOT, type ServeViewerOptions, type ViewerServer } from './server';
