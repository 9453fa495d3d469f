/**
 * Threats in real sentences: names in six languages, threats the taxonomy lacked (explosive
 * remnants of war apart from landmines, CBRN, cybercrime, child recruitment), and coordinated
 * names that share their head ("arms and drugs smuggling").
 */
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from './index';
import { testDocument } from './testing';

function threats(text: string, lang = 'en'): string[] {
  const { mentions } = recogniseEntities(testDocument(text, { lang }));
  return [...new Set(mentions.filter((mention) => mention.kind === 'Threat').map((mention) => mention.id))].sort();
}

describe('threats in six languages', () => {
  it('reads drug trafficking named by the drug, and child recruitment in other words (composed probes in the UNODC and ONU Info styles)', () => {
    expect(threats('l’Afrique de l’Ouest est devenue une plaque tournante du trafic de cocaïne ; le narcotrafic finance les groupes armés', 'fr')).toEqual(['DrugTrafficking']);
    expect(threats('reports of children being recruited by armed groups')).toEqual(['ChildRecruitment']);
    expect(threats('el reclutamiento de menores por las pandillas sigue en aumento', 'es')).toEqual(['ChildRecruitment']);
  });
  it('reads smuggled weapons, rapes, drugs named by the drug and wildlife in other words (composed probes of q21n, UN News, ONU Info and UNODC styles)', () => {
    expect(threats('He has coordinated the smuggling of weapons from the Horn of Africa to Yemen.')).toEqual(['ArmsTrafficking']);
    expect(threats('Kidnappings, rapes and killings have become daily realities; the trafficking of firearms and ammunition from Florida continued.')).toEqual([
      'ArmsTrafficking',
      'KidnappingForRansom',
      'SexualViolence',
    ]);
    expect(threats('une chute de 95 % de la culture du pavot à opium, mais une hausse du trafic de méthamphétamine', 'fr')).toEqual(['DrugTrafficking']);
    expect(threats('el programa también detecta el tráfico de especies silvestres y el contrabando de armas', 'es')).toEqual(['ArmsTrafficking', 'WildlifeTrafficking']);
  });
  it('reads landmines and explosive remnants of war as two threats (S/RES/2562 (2020), zh S/RES/2589 (2021))', () => {
    expect(threats('from the effects of landmines and other explosive remnants of war, and in this regard,')).toEqual(['ERW', 'Landmines']);
    expect(threats('包括地雷、战争遗留爆炸物和简易爆炸装置的威胁，忆及军警和文职人员', 'zh')).toEqual(['ERW', 'IED', 'Landmines']);
  });
  it('reads Russian and Arabic names (S/RES/2610 (2021) ru, S/RES/2551 (2020) ar)', () => {
    expect(threats('для сборки беспилотных летательных аппаратов, плавучих самодельных взрывных устройств и других систем оружия', 'ru')).toEqual(['Drones', 'IED']);
    expect(threats('تفتيش المعدات المصادَرة بما في ذلك الأسلحة الصغيرة والأسلحة الخفيفة على النحو المطلوب', 'ar')).toEqual(['SALW']);
  });
  it('knows CBRN, cybercrime and child recruitment (UN News, UNODC wording)', () => {
    expect(threats('to prevent terrorists from acquiring chemical, biological, radiological and nuclear weapons')).toEqual(['CBRN']);
    expect(threats('la cybercriminalité et le recrutement d’enfants par les groupes armés', 'fr')).toEqual(['ChildRecruitment', 'Cybercrime']);
    expect(threats('la ciberdelincuencia y el reclutamiento de niños', 'es')).toEqual(['ChildRecruitment', 'Cybercrime']);
  });
  it('reads heroin trafficking written with "of" (composed probe of q23n, UNODC style)', () => {
    expect(threats('the same networks are involved in arms smuggling from Yemen and in the trafficking of heroin along the southern route')).toEqual(['ArmsTrafficking', 'DrugTrafficking']);
  });
  it('reads extortion in six languages (S/RES/2610 (2021) en, fr, es, ru, ar, zh)', () => {
    expect(threats('as well as from kidnapping for ransom and other crimes including extortion and bank robbery')).toEqual(['Extortion', 'KidnappingForRansom']);
    expect(threats('y otros delitos que incluyen la extorsión y los atracos a bancos', 'es')).toEqual(['Extortion']);
    expect(threats('y compris les enlèvements contre rançon et d’autres crimes, dont l’extorsion et le cambriolage de banques', 'fr')).toEqual(['Extortion', 'KidnappingForRansom']);
    expect(threats('в результате похищения людей с целью получения выкупа и других преступлений, включая вымогательство и ограбление банков', 'ru')).toEqual(['Extortion', 'KidnappingForRansom']);
    expect(threats('بما في ذلك الاتجار بالأشخاص والابتزاز والسطو على المصارف', 'ar')).toEqual(['Extortion', 'TraffickingInPersons']);
    expect(threats('包括贩运人口、敲诈勒索、抢劫银行在内的其他犯罪行为所得收入', 'zh')).toEqual(['Extortion', 'TraffickingInPersons']);
  });
});

describe('threat names of probe set 10 and the Council texts they also fix', () => {
  it('reads the narcotics trade (S/RES/1806 (2008) on Afghanistan) and a kidnapping for ransom told with a participle (set 10, UNODC style)', () => {
    expect(threats('illegally armed groups, criminals and those involved in the narcotics trade')).toEqual(['DrugTrafficking']);
    expect(threats('the Team also noted that revenues from the trade in narcotics continue to be taxed at checkpoints')).toEqual(['DrugTrafficking']);
    expect(threats('la libération de l’équipage, enlevé contre rançon, puis la conservation des preuves jusqu’au procès', 'fr')).toEqual(['KidnappingForRansom']);
    expect(threats('three crew members were kidnapped for ransom off the coast')).toEqual(['KidnappingForRansom']);
  });
});

describe('coordinated threat names', () => {
  it('reads a head shared after the conjunction (SC/13046)', () => {
    expect(threats('Porous borders facilitated human trafficking, as well as arms and drugs smuggling and other criminal activities.')).toEqual([
      'ArmsTrafficking',
      'DrugTrafficking',
      'TraffickingInPersons',
    ]);
  });
  it('reads a head shared before the conjunction (UNODC E4J module, es)', () => {
    expect(
      threats('como el tráfico de armas de fuego y de propiedad cultural, la trata de personas y el tráfico de migrantes, también se analizan', 'es'),
    ).toEqual(['ArmsTrafficking', 'CulturalProperty', 'MigrantSmuggling', 'TraffickingInPersons']);
    expect(threats('contre le trafic d’armes et de drogue dans la région', 'fr')).toEqual(['ArmsTrafficking', 'DrugTrafficking']);
    // the conjunct must name a threat with the head: "trafic de munitions" does not (S/RES/2551 (2020) fr)
    expect(threats('la menace posée par les Chabab, le trafic d’armes et de munitions, les inondations', 'fr')).toEqual(['ArmsTrafficking']);
    // Noticias ONU's "tráfico de personas" (composed probe set 16)
    expect(threats('los centros de estafa en línea y el tráfico de personas siguen prosperando en las zonas fronterizas', 'es')).toEqual(['TraffickingInPersons']);
    // ivory named as the trade (composed probes, stop 27)
    expect(threats('A network trafficking ivory was dismantled; ivory trafficking through Mombasa continues.')).toEqual(['WildlifeTrafficking']);
    expect(threats('le trafic d’ivoire à travers la région', 'fr')).toEqual(['WildlifeTrafficking']);
    // the trafficking and the weapons in French and Spanish as in English ("illicit trafficking in small arms and light weapons"):
    // both (S/RES/2584 (2021) es, S/RES/2370 (2017) fr; composed variants of probe set 18)
    expect(threats('combatir el tráfico ilícito de armas pequeñas y armas ligeras en la región', 'es')).toEqual(['ArmsTrafficking', 'SALW']);
    expect(threats('le trafic illicite d’armes légères et de petit calibre', 'fr')).toEqual(['ArmsTrafficking', 'SALW']);
    expect(threats('the illicit trafficking in small arms and light weapons')).toEqual(['ArmsTrafficking', 'SALW']);
  });
  it('reads two heads that share their complement (UNIDIR, resolution 2370 (2017) guidelines)', () => {
    expect(threats('to prevent, detect and counter the illicit trafficking and acquisition of weapons, systems and components')).toEqual(['ArmsTrafficking']);
    expect(threats('the trafficking and the sale of children')).toEqual([]);
  });
  it('reads drug shipments as drug trafficking (composed probes of q21n set 3 and q22n set 5, UNODC and ONUDC styles)', () => {
    expect(threats('capacitó a oficiales de aduanas en la detección de cargamentos de cocaína y de precursores químicos', 'es')).toEqual(['DrugTrafficking']);
    expect(threats('Des cargaisons de cocaïne de plusieurs tonnes sont désormais saisies dans les ports d’Anvers', 'fr')).toEqual(['DrugTrafficking']);
    expect(threats('shipments of cocaine leave the Pacific ports for Europe')).toEqual(['DrugTrafficking']);
  });
  it('reads the illicit exploitation of gold and minerals as the illicit exploitation of natural resources (composed probe of q22n, meetings-coverage style)', () => {
    expect(threats('cattle raiding and the illicit exploitation of gold in Western Equatoria financed local militias')).toEqual(['NaturalResources']);
    expect(threats('l’orpaillage illégal et le trafic de minerais financent les groupes armés', 'fr')).toEqual(['NaturalResources']);
    // gold named without an illicit trade is no threat
    expect(threats('the price of gold rose; gold mining employs thousands')).toEqual([]);
  });
});

describe('"blanchiment", "blanqueo" on their own (stop 31, n55, probe set 33)', () => {
  it('reads the French and Spanish word alone as money laundering (composed, ONU Info and Noticias ONU styles)', () => {
    expect(threats('Blanchiment : le GIABA presse les pays d’Afrique de l’Ouest de sortir de la « liste grise » du GAFI', 'fr')).toEqual(['MoneyLaundering']);
    expect(threats('la lutte contre le blanchiment et le financement du terrorisme', 'fr')).toEqual(['MoneyLaundering', 'TerrorismFinancing']);
    expect(threats('las leyes contra el blanqueo y la financiación del terrorismo', 'es')).toEqual(['MoneyLaundering', 'TerrorismFinancing']);
  });
  it('reads the English of the same paragraph, "the laundering of its proceeds" (S/RES/2554 (2020), 2608 (2021))', () => {
    expect(threats('to prevent the illicit financing of acts of piracy and the laundering of its proceeds')).toEqual(['MoneyLaundering', 'Piracy']);
    expect(threats('impedir la financiación ilícita de actos de piratería y el blanqueo de las ganancias procedentes de tales actos', 'es')).toEqual(['MoneyLaundering', 'Piracy']);
    expect(threats('empêcher le financement illicite d’actes de piraterie et le blanchiment des produits qui en sont tirés', 'fr')).toEqual(['MoneyLaundering', 'Piracy']);
  });
  it('reads no threat in coral bleaching', () => {
    expect(threats('le réchauffement des océans accélère le blanchiment des coraux', 'fr')).toEqual([]);
    expect(threats('el blanqueo de corales amenaza la pesca en el Pacífico', 'es')).toEqual([]);
  });
});

describe('charcoal imports (stop 32, n67, probe set 39, CS style)', () => {
  it('reads the ban on importing Somali charcoal in three languages', () => {
    expect(threats('il a demandé aux États Membres d’appliquer l’interdiction d’importer du charbon de bois somalien', 'fr')).toEqual(['Charcoal']);
    expect(threats('to enforce the ban on the import of charcoal from Somalia')).toEqual(['Charcoal']);
    expect(threats('aplicar la prohibición de importar carbón vegetal de Somalia', 'es')).toEqual(['Charcoal']);
  });
  it('reads no threat in charcoal cooking', () => {
    expect(threats('les ménages cuisinent au charbon de bois', 'fr')).toEqual([]);
  });
});
