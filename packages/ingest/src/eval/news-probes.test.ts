/**
 * The project's news probe sets (test/probes/set7 … set23: passages written in the style of UN
 * News, press releases and UNODC, OHCHR and CTED news, annotated before their first run) ingested
 * and scored like the news gold: each category's F1 may not fall more than 0.02 below the value
 * measured when the sets were fixed (6 Dec 2026), so later work cannot break them silently.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline';
import { evaluateSeeds, readGold, type Category } from './seeds';

const PROBES = fileURLToPath(new URL('../../../../test/probes/', import.meta.url));

/**
 * F1 per category when the sets were fixed (set 7 after its fixes; sets 8, 9 and 10 after their one
 * unseen run and the fixes it showed; sets 8 and 9 at 1 since the High Commissioner for Human Rights
 * is a post of its own, not OHCHR).
 */
const MEASURED: Record<string, Partial<Record<Category, number>>> = {
  set7: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, resolutions: 1 },
  set8: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, resolutions: 1 },
  // set 9: bodies .991 since stop 29 (q43e's French "équipe de pays" for the UN country team): "transférer ses fonctions au
  // Gouvernement fédéral et à l'équipe de pays" (06, Somalia) is the UN country team, a body the set's catalog does not hold
  set9: { bodies: 0.991, threats: 1, groups: 1, persons: 1, states: 1, resolutions: 1 },
  // set 10: groups .984 until Frente 33 entered groups.json (stop 29, n45)
  set10: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, resolutions: 1 },
  // set 11 (7 Dec 2026): unseen run bodies .973, threats .900, persons .947, states .956, mandates .878; 1 after the fixes
  set11: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 12 (stop 26): unseen run bodies .941, threats .857, groups .980, persons .979, states .961, mandates .889 (es .400); 1 after the fixes
  set12: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 13 (fr, es; 7 Dec 2026, stop 26): unseen run bodies .914, groups .931, persons .937, states .970, mandates .696; after the
  // gold corrections and the fixes 1, groups .982 (Cabo Delgado's insurgents, called locally "Al-Chabab", read as Somalia's Al-Shabaab)
  set13: { bodies: 1, threats: 1, groups: 0.982, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 14 (en, fr, es, mandates reported; 7 Dec 2026, stop 26): unseen run bodies .955, groups .909, persons .986, states .990,
  // mandates .810; 1 after the gold corrections and the fixes
  set14: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 15 (en 8, fr 4, es 2; stop 26, n31): unseen run bodies .966, groups .982, states .993, the rest 1; after the gold
  // corrections (.982, .982, 1) and the fixes 1 in every category
  set15: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 16 (en 6, fr 5, es 3; stop 26, n32): unseen run bodies .993, threats .944, persons .937, states .980, mandates .897 (es .800),
  // groups and resolutions 1; after the gold corrections (mandates .963) and the fixes threats .973 (French "des mines" alone),
  // persons .985 (the nickname in "Jimmy “Barbecue” Chérizier"), the rest 1
  set16: { bodies: 1, threats: 0.973, groups: 1, persons: 0.985, states: 1, mandates: 1, resolutions: 1 },
  // set 17 (en 8, fr 4, es 2; stop 27, n33): unseen run bodies .975, groups .955, states .991, mandates .762 (en .769, es 0), threats,
  // persons and resolutions 1; no gold correction; 1 in every category after the fixes
  set17: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 18 (en 4, fr 5, es 5; stop 27, n34): unseen run bodies .930, groups .974, persons .981, states .992, mandates .941 (es .800),
  // threats and resolutions 1; after the catalog correction (bodies .968) and the fixes 1 in every category
  set18: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 19 (en 8, fr 3, es 3; stop 27, n35): unseen run bodies .959, threats .900, groups .857, mandates .833 (en .833, fr .800,
  // es .857), persons, states and resolutions 1; after the gold corrections (earlier sets' calls: Wagner, Lazarus, SAF, trust funds,
  // cyberattacks optional; 1718 told by a speaker) and the fixes 1, mandates .960 ("decided to transfer the file … to UNAMI" missed);
  // 1 since stop 28 (n39: a transfer of tasks read)
  set19: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 20 (en 7, fr 4, es 3; stop 27, n37): unseen run bodies .932, groups .917, persons .885, states .992, mandates .811 (en .737,
  // fr .923, es .800), threats and resolutions 1; after the gold corrections (posts' and partners' keys optional, Canada inside an
  // NGO's name) and the fixes 1 but persons .962 (two names with no cue, "between Umaro Sissoco Embaló and Domingos Simões Pereira")
  set20: { bodies: 1, threats: 1, groups: 1, persons: 0.962, states: 1, mandates: 1, resolutions: 1 },
  // set 21 (en 8, fr 3, es 3; stop 27, n38): unseen run bodies .980, threats .957, persons .944, states .992, groups, mandates and
  // resolutions 1; after the gold corrections (Uruguay missed by the annotator, DPO read as its predecessor DPKO, "engins explosifs")
  // and the fix (Médecins Sans Frontières) 1 but persons .944 ("Nujeen Mustafa", a given name the list lacks and no cue, en and es)
  set21: { bodies: 1, threats: 1, groups: 1, persons: 0.944, states: 1, mandates: 1, resolutions: 1 },
  // set 22 (en 8, fr 3, es 3; stop 28, n39): unseen run bodies .946, persons .947, mandates .800 (en .700, fr .889, es .875), threats,
  // groups, states and resolutions 1; after the catalog corrections (DPO read as DPKO, troop- and police-contributing countries
  // optional like Member States) and the fixes (UNOAU, ACNUDH, the post to the African Union, plural object pronouns, transfers of
  // tasks, a body's name before a role, the weak honorific "General") bodies .991, mandates .978 (the African Union Commission, a
  // modifier of the Union's name, missed), the rest 1
  set22: { bodies: 0.991, threats: 1, groups: 1, persons: 1, states: 1, mandates: 0.978, resolutions: 1 },
  // set 23 (fr 5, es 5, en 4; stop 28, n40): unseen run bodies .872, persons .980, states .974, mandates .744 (en .923, es .769,
  // fr .588), threats, groups and resolutions 1; after the gold corrections (Governments optional among bodies, the UN inside other
  // names) and the fixes 1 but bodies .993 (a commission of inquiry named only by its Spanish generic-looking title)
  set23: { bodies: 0.993, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 24 (en 10, fr 2, es 2, SC press-release meeting coverage; stop 28, n41): unseen run bodies .958, persons .975, mandates .950
  // (en .963, es .889, fr 1), threats, groups, states and resolutions 1; after the gold corrections (DPO/DPKO, the A3+ optional) and
  // the fixes (CTBTO and the Global Focal Point in the gazetteer, "the speaker for" and Permanent Observers as roles) 1 in every category
  set24: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 25 (es 6, fr 6, en 2; stop 28, n42): unseen run bodies .960, mandates .696 (en .889, es .696, fr .571), threats, groups,
  // persons, states and resolutions 1; after the gold corrections (the JEP a national court, optional; two posts' keys) and the fixes
  // (the resolution a sentence of the document opens with, "Por otro lado, pidió", "acogió … y les pidió", the dateline) 1 but bodies
  // .992 (the Redeployment Coordination Committee, not in the gazetteer), 1 once it entered bodies.json (stop 29, n45)
  set25: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 26 (en 6, fr 4, es 4; stop 28, n43): FIRST-RUN figures (an unseen check of main c1f0add, gold as committed, no fix made):
  // bodies .990, threats .933, groups .952, persons .969, states .977, mandates .917 (en .923, fr .800, es 1), resolutions 1; then
  // states .989 once states.json's misspelt French adjective "turcque" became "turque" (the lead, stop 28; no Council item moved);
  // after the fixes of stop 29 (n45: "in which it requested", the Afghan Interim Authority in French, the SDF, EEBC in Spanish,
  // "homologue", two places joined by "y" before a bracket) 1 but threats .933 and states .989, the two gold errors its README names
  set26: { bodies: 1, threats: 0.933, groups: 1, persons: 1, states: 0.989, mandates: 1, resolutions: 1 },
  // set 27 (fr 6, es 6, en 2, reported mandates; stop 29, n44): unseen run bodies .916, groups .923, persons .955, mandates .800 (en
  // .909, es .710, fr .848), threats, states and resolutions 1; after the gold corrections (posts, the gazetteer's Force Licorne and a
  // State named as such optional) and the fixes (French "Elle" for the resolution, an adoption at the paragraph's end, "In the
  // resolution, the Council requests", Spanish "Les pidió que" / "Le pidió al", "el órgano", delegations' calls, passives of
  // description, six bodies and SPLM-N in the gazetteer, "le général") 1 but bodies .992 (the African Union Commission in Spanish)
  set27: { bodies: 0.992, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 28 (en 5, fr 5, es 4; stop 29, n46): FIRST-RUN figures (an unseen check of main d71faf7, the stop's final rules; gold as
  // committed, no fix made): bodies .870 (13 names the gazetteer lacks, 3 false: TPLF and FMLN made bodies by the acronym reader, the
  // Council in a "Lea también" line the annotator missed), groups .909, persons .968, mandates .833 (en .857, fr .889, es .769)
  // After n47 (stop 29): the acronym reader's Spanish/French UN acronyms past the noun (ONUSAL, MINUGUA) and no Body of a
  // "Front"/"Frente" (TPLF, FMLN), French "le Groupe" a short reference (915's UNASOG), the Darfur Commission of Inquiry in the
  // gazetteer: bodies .906, mandates .919 (es .923, fr 1)
  // After n48 (stop 30): the gazetteer's older missions, commissions, AIRCOP, EUCAP, the Minsk Group, SNC, ENDF, EHRC, EPF, GlobE,
  // IRG, ISIL's Sinai Province; "encabezada por Qin Huasun"; "autoriza el envío … a la MINUGUA": bodies .987, groups 1, persons .979,
  // mandates 1
  set28: { bodies: 0.987, threats: 1, groups: 1, persons: 0.979, states: 1, mandates: 1, resolutions: 1 },
  // set 29 (en 5, fr 5, es 4; stop 30, n48): FIRST-RUN figures on main f4cf502 (gold as committed): bodies .857 (15 names the
  // gazetteer lacks, UNAMIR spoilt by an upper-case title, 1 false: a post the catalog lacked), persons .925, mandates .944 (fr .714),
  // the rest 1. After n48's fixes and two gold corrections (a surname that folded a full name, the post's key): bodies .971,
  // persons .951, mandates .973
  // persons .964 after n50 (stop 30): "chaired first by Frits Kalshoven and later by Cherif Bassiouni"
  // bodies .978 after b51 (stop 30, bodies named without an acronym in news): the Commission de réconciliation nationale
  // persons .988, mandates 1 after n51 (stop 30): Chissano (a title across "y"), "with Vijay Kumar Jetley leading", 872's "La Mission
  // sera chargée de" (the future passive; the Mission named before the reference, the observer mission after it)
  // bodies .986 after n53 (stop 30): Guatemala's Ministerio Público (contextual, next to the CICIG; catalog alias added)
  set29: { bodies: 0.986, threats: 1, groups: 1, persons: 0.988, states: 1, mandates: 1, resolutions: 1 },
  // set 30 (en 5, fr 5, es 4; stop 30, n49): FIRST-RUN figures (an unseen check of main 1b86c58, the stop's final rules; gold as
  // committed, no fix made; main f4cf502 gave the same): bodies .982 (the Global SMART Programme and the Mekong MOU, not in the
  // gazetteer), groups .968 (Sendero Luminoso, not in groups.json), persons .986 ("El Rey Felipe VI": a regnal numeral is no
  // surname), mandates .960 (es 0: "En el texto, el Consejo encomienda al Comité contra el Terrorismo" has no source once a second
  // adopted resolution, 1625, follows in the document), resolutions .938 (the HRC's "su resolución 42/25" after "El Consejo" read
  // as A/RES/42/25). After n52 (stop 30): Global SMART and the Mekong MOU in bodies.json, Sendero Luminoso in groups.json, a regnal
  // numeral after a given name, "En el texto" takes the last resolution reported adopted before it, a council's own "su resolución
  // 42/25" after the Human Rights Council was named is the HRC's: 1 in every category
  set30: { bodies: 1, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // set 31 (en 5, fr 5, es 4; stop 30, n50): FIRST-RUN figures on main c38abc8 (gold as committed): bodies .901 (older missions and
  // CARICC the gazetteer lacked, a threat's name ending a body's, the possessive "African Union's Peace and Security Council"),
  // persons .925, states .964 (two gold errors: countries only inside other names), mandates .875 (3 missions unknown, 1 false: "Il
  // demande" after a relative clause on 1258's past), the rest 1. After n50's fixes and the gold correction: bodies .971,
  // persons .971, states .982, mandates 1
  // bodies .979, states 1 after n53 (stop 30): the Drug Control Agency of Tajikistan, "forces étrangères, notamment ougandaises et
  // rwandaises" (a generic adjective and a focusing word between the head and the States' adjectives); bodies .986 with Syria's
  // Constitutional Committee (contextual, next to Syria; catalog alias added)
  set31: { bodies: 0.986, threats: 1, groups: 1, persons: 0.971, states: 1, mandates: 1, resolutions: 1 },
  // set 32 (en 5, fr 5, es 4; stop 31, n54): FIRST-RUN figures on main b59bb1e (gold as committed): bodies .927 (UNTAES, the OAU's
  // Mechanism, the Commission of Truth and Friendship, two sanctions committees named by their subject and an International Commission
  // of Inquiry not in the gazetteer; 3 false, all gold or catalog gaps), threats 0 (1 false: a gold omission), mandates .750 (en .737,
  // fr .667, es .857: "By the same resolution" / "Par la même résolution" not read, "expanded the mandate", "a United Nations
  // peacekeeping operation" read as the UN established, "nommé conjointement avec l'OEA" as a partner, a gerund "en invitant"; of 5 false
  // items 3 were gold gaps), groups, persons, states, resolutions 1. After n54's fixes and six gold corrections: bodies .992, threats 1,
  // mandates .939 (Committee918 and Committee1160 described, not reported; the gerund's Gov-SD)
  set32: { bodies: 0.992, threats: 1, groups: 1, persons: 1, states: 1, mandates: 0.939, resolutions: 1 },
  // set 33 (en 5, fr 5, es 4; counter-terrorism and crime architecture; stop 31, n55): FIRST-RUN figures on main b59bb1e (gold as
  // committed): bodies .961 (ASEANAPOL, UNOCT's Rabat Programme Office, SEESAC, the IIJ, Tunisia's national commission: not in the
  // gazetteer), threats .867 (P .813: three threats named only inside bodies' names or as "orpaillage illégal", optional by sets 18
  // and 31, the gold had left out; the bare headline "Blanchiment" missed), persons .950 ("Said Arif, a former officer"; "Jalel
  // Chelba, AFRIPOL's Acting Executive Director"), mandates .929 (a false Gov-AF from an upper-case title; "El Comité … deberá, según
  // el texto, examinar" missed), groups, states, resolutions 1. After the gold corrections (threats .963) and n55's fixes: 1 but
  // persons .976 (Said Arif, no cue)
  set33: { bodies: 1, threats: 1, groups: 1, persons: 0.976, states: 1, mandates: 1, resolutions: 1 },
  // set 34 (en 5, fr 5, es 4; stop 31, n56, the stop's final unseen check): FIRST-RUN figures on READY f47801f (gold as committed;
  // base b59bb1e gave a byte-identical graph), no fix made: bodies .873 (ONUC, UNIIMOG, the Haitian National Police, the 1737
  // Committee by its subject, SEACOP, MAOC-N, a GMCP variant, the LLRC, the European Community and its Conference on Yugoslavia, the
  // Defensoria de la Ninez missing; 3 false: SWAPO as a body, and two gold errors, SRSG_Haiti a post and UN inside UNIIMOG's name),
  // threats .667 (1 false: "violencia sexual", a gold omission), persons .941, mandates .765 (en .800, fr .923, es .333: a yearless
  // "resolucion 1038", an HRC resolution read as A/RES, "the Mission" with two resolutions in the text, "Le Groupe d'experts est
  // charge de", "El Comite tenia el mandato de", UNIIMOG unknown; 1 false: a speaker's "called on South Africa"), resolutions .800
  // (A/HRC/RES/46/1 and 51/1 read as A/RES, 1038 left without year), groups and states 1. After n57's three gold corrections
  // (bodies .889, threats 1 on the same graph) and fixes (gazetteer, a speaker's object, the 1995/1996 boundary, the HRC named after
  // its resolution; no longer unseen): bodies .991 (the 1737 Committee by its subject), persons .941, mandates .889 (689 -> UNIKOM,
  // 46/1 -> OHCHR, 1929 -> PanelIran, 724 -> Committee724 missed), the rest 1
  // (stop 32, n63: persons .986 with "Chief Military Observer" a role and the given names Martti and Marrack; mandates .947 with 689 ->
  // UNIKOM, "the Mission will be tasked with" once 687, "adopted on 3 April, had set out", is history, and 46/1 -> OHCHR, the Human
  // Rights Council a reported subject; 1929 -> PanelIran and 724 -> Committee724 left)
  // (stop 32, n65: mandates 1 with a described mandate on a body's page read from the resolution its heading names it after,
  // "Le Groupe d'experts est charge de", "El Comite tenia el mandato de")
  set34: { bodies: 0.991, threats: 1, groups: 1, persons: 0.986, states: 1, mandates: 1, resolutions: 1 },
  // set 36 (en 4, fr 5, es 5; non-proliferation, arms, sanctions monitoring, regional organisations; stop 32, n62): FIRST-RUN
  // figures on the base ddd0af3 (gold as committed): bodies .947 (EUFOR RCA read as EUFOR Althea, the GICHD, the State Emergency
  // Service of Ukraine, ASEAN's Spanish name, the AU Commission in French, the CAR's Conseil national de transition missing; one gold
  // omission, the "ONU Info" masthead's UN), persons .977 ("Baso Sangqu of South Africa, Chair of the Committee": no cue), states
  // .976 ("l'Armee royale marocaine"; a gold omission, "Somalie" in the READ ALSO line), mandates .983 (P 1; en 1, fr .960, es 1:
  // "Le Groupe d'experts ... verra son mandat elargi" missed), threats, groups, resolutions 1. After the two gold corrections (bodies
  // .953, states .988 on the same graph) and n62's fixes (gazetteer, "royale"/"nationale" before a State's adjective, "verra son
  // mandat" as the mission's own passive; no longer unseen): bodies .987 (AUC, CNT_CF), persons .977, the rest 1
  // (n65: persons 1 with "Baso Sangqu of South Africa, Chair of the Committee", the speaker's State before the role's comma)
  set36: { bodies: 0.987, threats: 1, groups: 1, persons: 1, states: 1, mandates: 1, resolutions: 1 },
  // probe set 37 (stop 32, n63; peace operations of 2013-2023), first run on ddd0af3 with the gold as committed: bodies .990 (1 false:
  // "Misión de Verificación en Colombia" unknown), persons .973 (Feridun Sinirlioglu without cue missed; "Salif y Ras Isa" false),
  // groups .933 (the UPC's Spanish name), mandates .857 (P .882 R .833; en .870, fr .815, es .900: 2102 "which mandated the Mission",
  // HRC 24/30 and 51/37 -> OHCHR, 2381 "había encomendado a la Misión", the GNA and the House of Representatives; false: France's
  // forces, two partners, Gov-LY), resolutions .944 (HRC 51/37 after "qui, dans sa résolution" read as A/RES), threats and states 1.
  // After three gold corrections (partners optional, France's forces optional, the GNA = Gov-LY; mandates .925 on the first graph)
  // and the fixes (no longer unseen): persons .987 ("Salif y Ras Isa" left), mandates .986 (the House of Representatives left: the
  // ru and ar readers miss it in S/RES/2570, which would split its agreement), the rest 1
  set37: { bodies: 1, threats: 1, groups: 1, persons: 0.987, states: 1, mandates: 0.986, resolutions: 1 },
  // set 35 (stop 32, n61: human rights, humanitarian, children and armed conflict): first run bodies .846, threats .923, groups .941,
  // persons .979, states .975, mandates .690 (en .727, fr .750, es .500), resolutions .875 (HRC 22/13, 26/24, S-33/1 and CHR 1993/6
  // unread); with five gold corrections and n61's fixes (HRC sessions, "the Council" as the HRC, an organ's "afirmó el Pacto",
  // gazetteer; no longer unseen): bodies .974 and mandates .848 (HC_Refugees, set 31's probe key, scored by every UNHCR item;
  // 1993/6, 22/13 -> COIDPRK, S-33/1 -> ICHREE, 1612 -> MRM, 51/77, 428 (V) missed), persons .979, states .987, resolutions .971
  // (n65: HC_Refugees merged into UNHCR in the probe catalogs, a catalog error: bodies .993; mandates .925 with the body a resolution
  // created described after it, "cree par sa resolution 1612, qui est charge de", "cuyo puesto fue creado por la resolucion 51/77 …,
  // tiene el mandato de"; persons 1 with "the Humanitarian Coordinator" a role; states 1, "US$" a currency. Left: 22/13 -> COIDPRK and
  // its Special Rapporteur, CHR 1993/6, 428 (V) -> UNHCR)
  // Stop 33 (n73): resolutions 1 (E/CN.4/RES/1993/6: the Commission on Human Rights' year/number series read)
  // Stop 33 (n76): mandates .957 (main 1696f17 gave .941; + 05 1993/6 -> SG: "under Commission on Human Rights resolution 1993/6. That
  // resolution requested the Secretary-General": a demonstrative text subject takes the last resolution the paragraph named, the
  // Commission on Human Rights' and ECOSOC's included; 1993/6 -> OHCHR_Cambodia, 22/13 -> COIDPRK, 428 (V) -> UNHCR left)
  set35: { bodies: 0.993, threats: 1, groups: 1, persons: 1, states: 1, mandates: 0.957, resolutions: 1 },
  // set 38 (en 5, fr 5, es 4; counter-terrorism, crime, piracy, sanctions committees, renewals, GA/ECOSOC bodies; stop 32, n64,
  // the stop's final unseen check): these values are the FIRST-RUN figures on READY e2f0bbe (gold as committed in 09d57ad; base
  // ddd0af3 gave a byte-identical graph), no fix made: bodies .938 (OceanShield, the victims' Trust Fund, the UNTOC Conference of
  // the Parties, "the Committee's Executive Directorate", ICMP, CRIMJUST, the Crime Congress, the CTITF in Spanish missing; 2 false:
  // a joint SRSG post the gold omitted, "el Comité" read as the 1267 Committee), groups .857 ("Estado Islamico en el Gran Jorasan"
  // read as ISIL), persons .984 (a headline's "Criminal Justice"), mandates .762 (P 1, R .615; en .769, fr .500, es .941: "a
  // souligne que ..., et il a prie" loses the paragraph, "was entrusted to", "Under that resolution, the CTITF Office is tasked
  // with", "l'Institution sera chargee", "Le Conseil a en outre prie" in a paragraph naming no resolution, "Le Comite est charge
  // de", ECOSOC's 1992/1), resolutions .966 (E/RES/1992/1 unread), threats and states 1.
  // After the fixes (stop 32, n66; no longer unseen): bodies .976 (the UNTOC Conference of the Parties named only "to the
  // Convention", CTED as "the Committee's Executive Directorate" left; the SRSG post and "el Comité" still false), groups 1, mandates
  // .917 (P 1, R .846: "was entrusted to", "l'Institution sera chargee", "Le Comite est charge de", ECOSOC's 1992/1 left)
  // Stop 33 (n73): mandates .960 ("its management was entrusted to UNODC": the passive's receiver after "to"; "l'Institution sera
  // chargee" after the Institution the text created: "Institution" a short-reference head)
  // and bodies .982 (CTED as "the Committee's Executive Directorate" where the paragraph names the CTC); resolutions 1 (E/RES/1992/1)
  // Stop 33 (n76): mandates .980 ("Le Comite est charge de" after "Par sa resolution 2082 (2012), le Conseil a decide que ... le Comite
  // determine": the resolution the paragraph named with the body, before the one the committee page's heading names; ECOSOC's 1992/1 left)
  set38: { bodies: 0.982, threats: 1, groups: 1, persons: 0.984, states: 1, mandates: 0.98, resolutions: 1 },
  // set 39 (en 4, fr 4, es 4; peacebuilding architecture, GA mandates to the Secretariat, AMISOM/AU, Ombudsperson and Focal
  // Point pages, UNODC-INTERPOL operations; stop 32, n67). FIRST RUN (gold as committed in 58386d4, no rule change): bodies .887
  // (P .940 R .839), threats .833, groups 1, persons .966, states .978, mandates .865 (P .889 R .842; en .889, fr .833, es .857),
  // resolutions 1. Gold corrections named in the README (Terrorism, GFP, governments and the Secretariat optional by the catalog's
  // conventions) gave bodies .940, threats .909 on the same graph. Fixes (gazetteer: United Nations Youth Office, UNSOA, Advisory
  // Commission on Rakhine State, the TFG in French and Spanish, charcoal imports; given name 'jayathma'): the values below. Left:
  // the Monitoring Team under a wrong French name in the text, the Special Rapporteur on Myanmar in Spanish, the ASG for
  // Peacebuilding Support in Spanish (a post), SO from "somalien" only, 1646 -> PBF ("El Fondo ... tendra el mandato de").
  // stop 33: mandates .973 -> 1 with n77's Spanish future description ("El Fondo ... tendrá el mandato de", 1646 -> PBF)
  set39: { bodies: 0.971, threats: 1, groups: 1, persons: 1, states: 0.978, mandates: 1, resolutions: 1 },
  // set 41 (fr 7, en 3, es 4; MONUC to MONUSCO, the Residual Mechanism's Prosecutor, the Third and Sixth Committees, GMCP, CCP,
  // UNOWAS and OSCE pages and briefings, MINUSCA, MINUSMA, the CSW and the CND; stop 33, n72). FIRST RUN (gold as committed in
  // f6c4bd5, no rule change): bodies .947 (P .969 R .925), threats 1, groups .857, persons .933, states 1, mandates .865 (P .941
  // R .800; en .889, fr .889, es .800), resolutions .941. Misses: "Devant le Conseil, M. X a exhorté … et a invité la Serbie"
  // read as the Council's (false Gov-RS), "lui avait confié le soin de" after "créer le poste de Haut-Commissaire", "decided to
  // establish an Ad Hoc Committee", ECOSOC's 1996/6 unread (CSW, SG); NAM, Barkhane, UNDCP, the 51/210 Ad Hoc Committee, the
  // Yaoundé Centre in French, MNLA and the Platform coalition missing; "Paz y Seguridad, Bankole Adeoye" read as a person.
  // The gold's GA omitted in 13 (a README correction) gave bodies .955 on the same graph. Fixes (blockedBefore prepositions in
  // en/fr/es, "confier à X le soin de", gazetteer entries, "the Commission" as the one its own sentence names when the document
  // names two): the values below. Left: 48/141 (bare "Haut-Commissaire"), 51/210 (generic "an Ad Hoc Committee"), E/RES/1996/6
  // (no ECOSOC series in the citation engine), Bankole Adeoye.
  set41: { bodies: 1, threats: 1, groups: 1, persons: 0.933, states: 1, mandates: 0.889, resolutions: 0.941 },
  // set 40 (en 5, fr 5, es 4; women, peace and security, climate and security, mine action, migration and refugees, UN police
  // and the rule of law, electoral assistance, UN Women; stop 33, n71). FIRST RUN on 7dd7d6b (gold as committed in 5ef2c2f, no
  // rule change): bodies .854 (P .931 R .788), threats .857, groups 1, persons .980, states 1, mandates .652 (P .833 R .536; en
  // .640, fr .667, es .667), resolutions 1. Misses: gazetteer gaps (Police Division, OROLSI and the mine-action fund in Spanish,
  // IMRF, Network on Migration, CSW, EAD ...), a numbered presidential statement's request ("in which it requested"),
  // "urging Member States" after an adoption, "was entrusted to", "Par cette résolution"/"La résolution charge" and "In that
  // resolution" one paragraph after the number, "sera chargé d'en", "a créé ONU Femmes ... par sa résolution", "prorrogar el
  // mandato de la Oficina"; false: the plural "Special Representatives" read as the SRSG on Sexual Violence. Gold corrections
  // by catalog conventions (README): bodies .882, mandates .682 on the same graph. After the fixes (gazetteer, 'urging' and
  // other participles, given name 'Alaa'; no longer unseen): the values below; 'urging' after "its landmark resolution 1325, the
  // Council adopted resolution 2493 (2019)," goes to 1325 (a wrong source, left). Mandates .723 -> .880 (P 1, R .786) after n75's
  // general rules (stop 33, no longer unseen): an anaphor's resolution carried to the next sentences and paragraph, the adopted
  // resolution for a participle after the adoption, a numbered statement's own request, a plural title kept generic.
  // with n77's future descriptions and gazetteer (OROLSI in 08) on top: mandates .902 at the stop's end
  set40: { bodies: 0.988, threats: 1, groups: 1, persons: 1, states: 1, mandates: 0.902, resolutions: 1 },
  // set 42 (en 5, fr 5, es 4; the Somalia/Eritrea Monitoring Group, the Strategy's sixth and seventh reviews, UNAMA, UNIFIL,
  // UNFICYP, UNDOF and UNAMI renewals, the counter-terrorism Special Rapporteur, UNODC's TPB, the UNCAC Conference, a CTED visit,
  // a 1267 listing, GPML; stop 33, n74f, the stop's final unseen check). These values are the FIRST-RUN figures on READY 1696f17
  // (gold as committed in 79d0b4f, no rule change; base 7dd7d6b gave bodies .949, mandates .902, resolutions .978): bodies .958
  // (P 1 R .919: GCTCC twice, a coordination framework the gold should have made optional; the counter-terrorism Special
  // Rapporteur, the UNCAC Conference and Implementation Review Group in French missing), mandates .923 (P 1 R .857; en .909, fr
  // .941, es .923: the Special Rapporteur unknown (2005/80, 6/28), "les Forces armées libanaises" and the Kurdistan Regional
  // Government not in the gazetteer), threats, groups, persons, states and resolutions 1. Paragraph level: 26 of 35 required
  // (P 1 with headline items optional): "will continue to lead", "prorogeant ... le mandat de", "elle est autorisee a", "La Force
  // restera chargee de", "La FNUOS tendra el mandato de" unread; 2695 -> UNIFIL comes only from the headline.
  // After fixes (n77; no longer unseen): gazetteer (LAF "Forces armées libanaises", KRG en/fr/es, the Special Rapporteur's full
  // title en/fr/es, IRG_UNCAC fr/es) gave bodies .975, mandates .963; with GCTCC optional in 02, 04 (README gold correction)
  // bodies .992 (left: COSP_UNCAC; "the Special Rapporteur"/"the mandate-holder" anaphora under 2005/80, 6/28).
  set42: { bodies: 0.992, threats: 1, groups: 1, persons: 1, states: 1, mandates: 0.963, resolutions: 1 },
  // mandates reported in news (reported.ts): 0.776 at the one unseen run, 0.982 after the fixes it showed; with the nine ru, ar,
  // zh passages added at stop 25, 0.833 at their first run, 1 after the fixes
  'news-mandates': { mandates: 1 },
};

describe.each(Object.keys(MEASURED))('news probes %s', (set) => {
  it('keeps each category within 0.02 of its measured F1, and finds every document', async () => {
    const directory = join(PROBES, set);
    const { graph } = await ingestPaths([directory], { workers: 1 });
    const report = evaluateSeeds(graph, readGold(join(directory, 'gold.json')));
    expect(report.documents.filter((document) => !document.found).map((document) => document.file)).toEqual([]);
    for (const [category, f1] of Object.entries(MEASURED[set]!) as Array<[Category, number]>) {
      const score = report.scores[category];
      expect(score.f1, `${set} ${category}: ${JSON.stringify(score)}`).toBeGreaterThanOrEqual(f1 - 0.02);
    }
  });
});
