import { EstablishmentKind, Role, ServiceType } from '../../schema/enums';

/**
 * The fixed part of the demo data set: who the organisation is, what it sells and to whom. Names of
 * companies are invented; public buyers are real institutions of the Lyon area, since a public
 * buyer placing reserved contracts (code de la commande publique, L2113-12) is part of the story the
 * demo tells. Identifiers (SIREN, SIRET, FINESS) are drawn at random by the generator.
 */

export const ORGANIZATION_NAME = 'Association Les Ateliers du Rhône';

/**
 * Who the association is on its documents, and the invoice mentions it chose. Addresses are plausible
 * streets of Lyon and Villeurbanne; the RNA number and the bank (code 19999, BIC DMOBFRPP) are
 * invented. Wordings are the association's, as an accountant would write them.
 */
export const ORGANIZATION_IDENTITY = {
  legalForm: 'Association déclarée (loi du 1er juillet 1901)',
  rnaNumber: 'W691087342',
  headOffice: { line1: '14 rue Jaboulay', line2: null, postalCode: '69007', city: 'Lyon' },
  mentions: {
    operationsNature: 'goods_and_services',
    latePenaltyTerms: 'Pénalités de retard : taux d\'intérêt appliqué par la BCE à son opération de refinancement la plus récente, majoré de 10 points, exigibles dès le lendemain de l\'échéance',
    earlyPaymentDiscountTerms: 'Pas d\'escompte pour paiement anticipé',
    vatOnDebits: false,
    socialValueLine: true,
  },
} as const;

export type EstablishmentCode = 'ESAT-LYON' | 'EA-VILLEURBANNE';

export interface EstablishmentFixture {
  code: EstablishmentCode;
  kind: EstablishmentKind;
  name: string;
  city: string;
  street: string;
  postalCode: string;
  /** The French account number without its keys: bank, branch (guichet), account. */
  account: readonly [string, string, string];
  /** Only ESATs are médico-social establishments and so have a FINESS number. */
  hasFiness: boolean;
}

export const ESTABLISHMENTS: readonly EstablishmentFixture[] = [
  { code: 'ESAT-LYON', kind: EstablishmentKind.ESAT, name: 'ESAT Les Ateliers de Gerland', city: 'Lyon', street: '52 rue de Gerland', postalCode: '69007', account: ['19999', '00061', '00041527890'], hasFiness: true },
  { code: 'EA-VILLEURBANNE', kind: EstablishmentKind.EA, name: 'Entreprise adaptée Rhône Services', city: 'Villeurbanne', street: '31 rue Léon Blum', postalCode: '69100', account: ['19999', '00062', '00052714366'], hasFiness: false },
];

export const USERS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.ub-platform.fr', displayName: 'Claire Martin', role: Role.ADMIN },
  { email: 'commercial@demo.ub-platform.fr', displayName: 'Julien Bernard', role: Role.COMMERCIAL },
  { email: 'lecture@demo.ub-platform.fr', displayName: 'Sophie Lefèvre', role: Role.VIEWER },
  // Moniteurs d'atelier: they record and validate the work of the workshops they are linked to (WORKSHOPS).
  { email: 'moniteur.gerland@demo.ub-platform.fr', displayName: 'Karim Benali', role: Role.SUPERVISOR },
  { email: 'monitrice.gerland@demo.ub-platform.fr', displayName: 'Nathalie Roux', role: Role.SUPERVISOR },
  { email: 'encadrant.villeurbanne@demo.ub-platform.fr', displayName: 'Thomas Garcia', role: Role.SUPERVISOR },
  { email: 'medico-social@demo.ub-platform.fr', displayName: 'Isabelle Fournier', role: Role.MEDICO_SOCIAL },
];

export type Activity =
  | 'conditionnement'
  | 'sous-traitance industrielle'
  | 'espaces verts'
  | 'blanchisserie'
  | 'nettoyage'
  | 'restauration'
  | 'imprimerie'
  | 'mise à disposition';

export type Unit = 'pièce' | 'heure' | 'kg' | 'm²' | 'forfait' | 'jour';

export interface CatalogFixture {
  code: string;
  label: string;
  establishment: EstablishmentCode;
  activity: Activity;
  serviceType: ServiceType;
  unit: Unit;
  priceCents: number;
  vatRateBp: number;
  /** OETH cost split per unit, in cents: materials, subcontracting, intermediate consumption, selling costs. */
  costs: readonly [number, number, number, number];
  /** The quantity one order usually carries: [min, max, step], in units. */
  quantity: readonly [number, number, number];
  /** School meals are sold at 5.5 % to public buyers' canteens only. */
  publicBuyersOnly?: boolean;
}

const { PRODUCTION, PRESTATION_DE_SERVICE, PRESTATION_EN_ENTREPRISE, MISE_A_DISPOSITION } = ServiceType;

export const CATALOG: readonly CatalogFixture[] = [
  // ESAT — conditionnement and sous-traitance industrielle: piece work in the workshop.
  { code: 'COND-SACHET', label: 'Mise sous sachet de pièces détachées', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 12, vatRateBp: 2000, costs: [3, 0, 1, 1], quantity: [2000, 40000, 500] },
  { code: 'COND-BLISTER', label: 'Mise sous blister et étiquetage', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 28, vatRateBp: 2000, costs: [9, 0, 2, 1], quantity: [1000, 15000, 250] },
  { code: 'COND-KIT', label: 'Assemblage de kits promotionnels', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 65, vatRateBp: 2000, costs: [12, 0, 3, 2], quantity: [200, 3000, 50] },
  { code: 'COND-ETIQ', label: 'Étiquetage et codification de lots', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 6, vatRateBp: 2000, costs: [1, 0, 1, 0], quantity: [5000, 60000, 1000] },
  { code: 'COND-COFFRET', label: 'Mise en coffret cadeau', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 145, vatRateBp: 2000, costs: [38, 0, 6, 4], quantity: [100, 1500, 50] },
  { code: 'COND-PALETTE', label: 'Reconditionnement sur palette filmée', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRODUCTION, unit: 'pièce', priceCents: 2400, vatRateBp: 2000, costs: [650, 0, 120, 80], quantity: [2, 40, 1] },
  { code: 'SST-ASSEMB', label: 'Assemblage de sous-ensembles électriques (composants fournis)', establishment: 'ESAT-LYON', activity: 'sous-traitance industrielle', serviceType: PRODUCTION, unit: 'pièce', priceCents: 185, vatRateBp: 2000, costs: [0, 0, 12, 6], quantity: [200, 4000, 50] },
  { code: 'SST-EBAVURE', label: 'Ébavurage de pièces plastiques injectées', establishment: 'ESAT-LYON', activity: 'sous-traitance industrielle', serviceType: PRODUCTION, unit: 'pièce', priceCents: 9, vatRateBp: 2000, costs: [0, 0, 1, 0], quantity: [5000, 80000, 1000] },
  { code: 'SST-CONTROLE', label: 'Contrôle qualité visuel et tri', establishment: 'ESAT-LYON', activity: 'sous-traitance industrielle', serviceType: PRODUCTION, unit: 'heure', priceCents: 2450, vatRateBp: 2000, costs: [0, 0, 120, 60], quantity: [7.5, 120, 0.5] },
  { code: 'SST-CABLAGE', label: 'Câblage de faisceaux électriques', establishment: 'ESAT-LYON', activity: 'sous-traitance industrielle', serviceType: PRODUCTION, unit: 'pièce', priceCents: 420, vatRateBp: 2000, costs: [95, 0, 25, 12], quantity: [50, 800, 10] },
  { code: 'SST-RIVET', label: 'Rivetage et sertissage', establishment: 'ESAT-LYON', activity: 'sous-traitance industrielle', serviceType: PRODUCTION, unit: 'pièce', priceCents: 35, vatRateBp: 2000, costs: [4, 0, 2, 1], quantity: [1000, 20000, 500] },
  // ESAT — services sold from the establishment.
  { code: 'EV-TONTE', label: 'Tonte avec ramassage', establishment: 'ESAT-LYON', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'm²', priceCents: 22, vatRateBp: 2000, costs: [0, 0, 3, 1], quantity: [800, 12000, 50] },
  { code: 'EV-TAILLE', label: 'Taille de haies et arbustes', establishment: 'ESAT-LYON', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'heure', priceCents: 3400, vatRateBp: 2000, costs: [0, 0, 250, 100], quantity: [4, 40, 0.5] },
  { code: 'EV-ENTRETIEN', label: 'Entretien des espaces verts, passage mensuel', establishment: 'ESAT-LYON', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'forfait', priceCents: 48000, vatRateBp: 2000, costs: [2500, 0, 3500, 1200], quantity: [1, 3, 1] },
  { code: 'EV-PLANT', label: 'Plantation de massifs, fournitures comprises', establishment: 'ESAT-LYON', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'm²', priceCents: 3800, vatRateBp: 2000, costs: [1400, 0, 250, 150], quantity: [10, 250, 5] },
  { code: 'BLAN-LINGE', label: 'Traitement du linge plat', establishment: 'ESAT-LYON', activity: 'blanchisserie', serviceType: PRESTATION_DE_SERVICE, unit: 'kg', priceCents: 260, vatRateBp: 2000, costs: [35, 0, 55, 10], quantity: [80, 1800, 0.1] },
  { code: 'BLAN-VETEMENT', label: 'Lavage de vêtements de travail', establishment: 'ESAT-LYON', activity: 'blanchisserie', serviceType: PRESTATION_DE_SERVICE, unit: 'pièce', priceCents: 190, vatRateBp: 2000, costs: [20, 0, 35, 8], quantity: [50, 900, 1] },
  { code: 'BLAN-REPASSAGE', label: 'Repassage et pliage', establishment: 'ESAT-LYON', activity: 'blanchisserie', serviceType: PRESTATION_DE_SERVICE, unit: 'kg', priceCents: 310, vatRateBp: 2000, costs: [0, 0, 40, 10], quantity: [40, 600, 0.1] },
  { code: 'REST-PLATEAU', label: 'Plateau-repas livré', establishment: 'ESAT-LYON', activity: 'restauration', serviceType: PRODUCTION, unit: 'pièce', priceCents: 1450, vatRateBp: 1000, costs: [520, 0, 90, 60], quantity: [8, 120, 1] },
  { code: 'REST-BUFFET', label: 'Buffet froid, par convive', establishment: 'ESAT-LYON', activity: 'restauration', serviceType: PRODUCTION, unit: 'pièce', priceCents: 1800, vatRateBp: 1000, costs: [700, 0, 110, 80], quantity: [20, 250, 5] },
  { code: 'REST-SCOLAIRE', label: 'Repas de restauration scolaire en liaison froide', establishment: 'ESAT-LYON', activity: 'restauration', serviceType: PRODUCTION, unit: 'pièce', priceCents: 420, vatRateBp: 550, costs: [170, 0, 40, 10], quantity: [400, 6000, 10], publicBuyersOnly: true },
  { code: 'REST-MIGNARDISES', label: 'Plateau de mignardises maison (à emporter)', establishment: 'ESAT-LYON', activity: 'restauration', serviceType: PRODUCTION, unit: 'pièce', priceCents: 3200, vatRateBp: 550, costs: [950, 0, 150, 100], quantity: [5, 60, 1] },
  // ESAT — teams working on the client's site, and placements (MAD): no materials, labour only.
  { code: 'PEE-COND', label: 'Équipe de conditionnement sur site client (moniteur et 4 travailleurs)', establishment: 'ESAT-LYON', activity: 'conditionnement', serviceType: PRESTATION_EN_ENTREPRISE, unit: 'jour', priceCents: 52000, vatRateBp: 2000, costs: [0, 0, 2500, 1500], quantity: [1, 20, 1] },
  { code: 'PEE-EV', label: 'Entretien des espaces verts sur site par une équipe encadrée', establishment: 'ESAT-LYON', activity: 'espaces verts', serviceType: PRESTATION_EN_ENTREPRISE, unit: 'jour', priceCents: 46000, vatRateBp: 2000, costs: [0, 0, 3500, 1200], quantity: [1, 15, 1] },
  { code: 'MAD-ESAT-AGENT', label: 'Mise à disposition individuelle d\'un agent de production', establishment: 'ESAT-LYON', activity: 'mise à disposition', serviceType: MISE_A_DISPOSITION, unit: 'heure', priceCents: 1580, vatRateBp: 2000, costs: [0, 0, 0, 50], quantity: [35, 420, 0.5] },
  { code: 'MAD-ESAT-EQUIPE', label: 'Mise à disposition d\'une équipe pour travaux logistiques', establishment: 'ESAT-LYON', activity: 'mise à disposition', serviceType: MISE_A_DISPOSITION, unit: 'jour', priceCents: 38000, vatRateBp: 2000, costs: [0, 0, 600, 1500], quantity: [1, 20, 1] },
  // EA — cleaning, printing, green spaces, logistics and placements.
  { code: 'NET-BUREAUX', label: 'Nettoyage de bureaux et parties communes', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_DE_SERVICE, unit: 'm²', priceCents: 135, vatRateBp: 2000, costs: [8, 0, 6, 3], quantity: [300, 6000, 10] },
  { code: 'NET-HEURE', label: 'Nettoyage, intervention à l\'heure', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_DE_SERVICE, unit: 'heure', priceCents: 2750, vatRateBp: 2000, costs: [0, 0, 250, 60], quantity: [4, 160, 0.5] },
  { code: 'NET-VITRES', label: 'Nettoyage de vitrerie', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_DE_SERVICE, unit: 'm²', priceCents: 290, vatRateBp: 2000, costs: [15, 0, 20, 10], quantity: [50, 1500, 5] },
  { code: 'NET-CHANTIER', label: 'Nettoyage de fin de chantier', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_DE_SERVICE, unit: 'forfait', priceCents: 65000, vatRateBp: 2000, costs: [4500, 0, 3000, 2000], quantity: [1, 1, 1] },
  { code: 'NET-SANITAIRES', label: 'Entretien des sanitaires, forfait mensuel', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_DE_SERVICE, unit: 'forfait', priceCents: 39000, vatRateBp: 2000, costs: [6000, 0, 1500, 1500], quantity: [1, 6, 1] },
  { code: 'PEE-NET', label: 'Équipe de propreté sur site industriel', establishment: 'EA-VILLEURBANNE', activity: 'nettoyage', serviceType: PRESTATION_EN_ENTREPRISE, unit: 'jour', priceCents: 41000, vatRateBp: 2000, costs: [2500, 0, 1500, 1000], quantity: [1, 20, 1] },
  { code: 'IMP-FLYER', label: 'Impression de flyers A5 quadrichromie', establishment: 'EA-VILLEURBANNE', activity: 'imprimerie', serviceType: PRODUCTION, unit: 'pièce', priceCents: 6, vatRateBp: 2000, costs: [2, 0, 1, 0], quantity: [1000, 20000, 500] },
  { code: 'IMP-CARTES', label: 'Cartes de visite, boîte de 250', establishment: 'EA-VILLEURBANNE', activity: 'imprimerie', serviceType: PRODUCTION, unit: 'pièce', priceCents: 2400, vatRateBp: 2000, costs: [520, 0, 200, 150], quantity: [1, 20, 1] },
  { code: 'IMP-BROCHURE', label: 'Brochure A4 de 16 pages, piqûre à cheval', establishment: 'EA-VILLEURBANNE', activity: 'imprimerie', serviceType: PRODUCTION, unit: 'pièce', priceCents: 240, vatRateBp: 2000, costs: [70, 15, 20, 10], quantity: [100, 3000, 50] },
  { code: 'IMP-ROUTAGE', label: 'Mise sous pli et routage (hors affranchissement)', establishment: 'EA-VILLEURBANNE', activity: 'imprimerie', serviceType: PRESTATION_DE_SERVICE, unit: 'pièce', priceCents: 18, vatRateBp: 2000, costs: [3, 0, 2, 1], quantity: [500, 15000, 100] },
  { code: 'IMP-NUMERISATION', label: 'Numérisation et indexation d\'archives, par page', establishment: 'EA-VILLEURBANNE', activity: 'imprimerie', serviceType: PRESTATION_DE_SERVICE, unit: 'pièce', priceCents: 9, vatRateBp: 2000, costs: [0, 0, 2, 1], quantity: [2000, 50000, 500] },
  { code: 'EV-DEBROUSSAILLAGE', label: 'Débroussaillage de talus', establishment: 'EA-VILLEURBANNE', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'm²', priceCents: 65, vatRateBp: 2000, costs: [0, 0, 9, 4], quantity: [200, 5000, 50] },
  { code: 'EV-COPRO', label: 'Entretien d\'espaces verts de copropriété', establishment: 'EA-VILLEURBANNE', activity: 'espaces verts', serviceType: PRESTATION_DE_SERVICE, unit: 'heure', priceCents: 3100, vatRateBp: 2000, costs: [0, 0, 220, 90], quantity: [4, 60, 0.5] },
  { code: 'LOG-ECOMMERCE', label: 'Préparation de commandes e-commerce', establishment: 'EA-VILLEURBANNE', activity: 'conditionnement', serviceType: PRESTATION_DE_SERVICE, unit: 'pièce', priceCents: 160, vatRateBp: 2000, costs: [18, 0, 20, 10], quantity: [200, 5000, 10] },
  { code: 'MAD-EA-AGENT', label: 'Mise à disposition d\'un agent d\'entretien', establishment: 'EA-VILLEURBANNE', activity: 'mise à disposition', serviceType: MISE_A_DISPOSITION, unit: 'heure', priceCents: 2200, vatRateBp: 2000, costs: [0, 0, 0, 110], quantity: [20, 300, 0.5] },
  { code: 'MAD-EA-CARISTE', label: 'Mise à disposition d\'un magasinier cariste', establishment: 'EA-VILLEURBANNE', activity: 'mise à disposition', serviceType: MISE_A_DISPOSITION, unit: 'heure', priceCents: 2650, vatRateBp: 2000, costs: [0, 0, 0, 130], quantity: [35, 400, 0.5] },
];

/** Customer sectors; `hébergement` covers clinics, care homes and hotels (laundry and meals). */
export type Sector = 'industrie' | 'logistique' | 'agroalimentaire' | 'tertiaire' | 'hébergement' | 'collectivité' | 'hôpital';

/** What a customer of each sector buys, most usual first. */
export const SECTOR_ACTIVITIES: Readonly<Record<Sector, readonly Activity[]>> = {
  industrie: ['sous-traitance industrielle', 'conditionnement', 'mise à disposition', 'blanchisserie', 'nettoyage', 'espaces verts'],
  logistique: ['conditionnement', 'mise à disposition', 'nettoyage'],
  agroalimentaire: ['conditionnement', 'blanchisserie', 'nettoyage', 'mise à disposition'],
  tertiaire: ['nettoyage', 'imprimerie', 'restauration', 'espaces verts'],
  hébergement: ['blanchisserie', 'restauration', 'nettoyage'],
  collectivité: ['espaces verts', 'nettoyage', 'imprimerie', 'restauration'],
  hôpital: ['blanchisserie', 'restauration', 'nettoyage', 'imprimerie', 'espaces verts'],
};

/** Public buyers: collectivités and public hospitals. */
export function isPublicSector(sector: Sector): boolean {
  return sector === 'collectivité' || sector === 'hôpital';
}

export interface CustomerFixture {
  name: string;
  sector: Sector;
  postalCode: string;
  city: string;
  /** Relative share of the year's business; big accounts and public buyers order more often. */
  weight: number;
}

export const CUSTOMERS: readonly CustomerFixture[] = [
  { name: 'Plasturgie Rhodanienne SAS', sector: 'industrie', postalCode: '69800', city: 'Saint-Priest', weight: 6 },
  { name: 'Mécanique de Précision Vallet', sector: 'industrie', postalCode: '69200', city: 'Vénissieux', weight: 4 },
  { name: 'Électro-Câblage Lyonnais', sector: 'industrie', postalCode: '69330', city: 'Meyzieu', weight: 5 },
  { name: 'Cosmétiques du Mont d\'Or', sector: 'industrie', postalCode: '69760', city: 'Limonest', weight: 5 },
  { name: 'Transports Girard et Fils', sector: 'logistique', postalCode: '69960', city: 'Corbas', weight: 3 },
  { name: 'Logistique Saône-Rhône', sector: 'logistique', postalCode: '69400', city: 'Villefranche-sur-Saône', weight: 4 },
  { name: 'Entrepôts du Sud-Est', sector: 'logistique', postalCode: '69680', city: 'Chassieu', weight: 3 },
  { name: 'Biscuiterie des Monts du Lyonnais', sector: 'agroalimentaire', postalCode: '69530', city: 'Brignais', weight: 4 },
  { name: 'Fromagerie Dauphinoise', sector: 'agroalimentaire', postalCode: '38300', city: 'Bourgoin-Jallieu', weight: 2 },
  { name: 'Chocolaterie Bellecour', sector: 'agroalimentaire', postalCode: '69002', city: 'Lyon', weight: 3 },
  { name: 'Laboratoires Vétérinaires de Gerland', sector: 'industrie', postalCode: '69007', city: 'Lyon', weight: 3 },
  { name: 'Textiles Techniques de Tarare', sector: 'industrie', postalCode: '69170', city: 'Tarare', weight: 2 },
  { name: 'Cabinet Morel Expertise Comptable', sector: 'tertiaire', postalCode: '69006', city: 'Lyon', weight: 1 },
  { name: 'Groupe Immobilier Part-Dieu', sector: 'tertiaire', postalCode: '69003', city: 'Lyon', weight: 2 },
  { name: 'Hôtel des Célestins', sector: 'hébergement', postalCode: '69002', city: 'Lyon', weight: 2 },
  { name: 'Résidence Seniors Les Tilleuls', sector: 'hébergement', postalCode: '69300', city: 'Caluire-et-Cuire', weight: 3 },
  { name: 'Garage Central Vaulx Automobiles', sector: 'tertiaire', postalCode: '69120', city: 'Vaulx-en-Velin', weight: 1 },
  { name: 'Chimie Fine de Feyzin', sector: 'industrie', postalCode: '69320', city: 'Feyzin', weight: 2 },
  { name: 'Pièces Auto Diffusion Rhône', sector: 'logistique', postalCode: '69740', city: 'Genas', weight: 2 },
  { name: 'Menuiseries Alpines', sector: 'industrie', postalCode: '73000', city: 'Chambéry', weight: 1 },
  { name: 'Caves du Beaujolais Réunies', sector: 'agroalimentaire', postalCode: '69220', city: 'Belleville-en-Beaujolais', weight: 2 },
  { name: 'Brasserie Artisanale de la Croix-Rousse', sector: 'agroalimentaire', postalCode: '69004', city: 'Lyon', weight: 2 },
  { name: 'Société Lyonnaise d\'Emballage', sector: 'industrie', postalCode: '69150', city: 'Décines-Charpieu', weight: 4 },
  { name: 'Ascenseurs Rhône Maintenance', sector: 'industrie', postalCode: '69100', city: 'Villeurbanne', weight: 1 },
  { name: 'Éditions du Confluent', sector: 'tertiaire', postalCode: '69002', city: 'Lyon', weight: 2 },
  { name: 'Agence Com\'Lumière', sector: 'tertiaire', postalCode: '69001', city: 'Lyon', weight: 2 },
  { name: 'Clinique du Parc Monplaisir', sector: 'hébergement', postalCode: '69008', city: 'Lyon', weight: 3 },
  { name: 'Pharma Services Rhône-Alpes', sector: 'industrie', postalCode: '69570', city: 'Dardilly', weight: 3 },
  { name: 'Fonderie de Givors', sector: 'industrie', postalCode: '69700', city: 'Givors', weight: 2 },
  { name: 'Robinetterie Industrielle du Dauphiné', sector: 'industrie', postalCode: '38200', city: 'Vienne', weight: 2 },
  { name: 'Vélos Confluence', sector: 'industrie', postalCode: '69002', city: 'Lyon', weight: 1 },
  { name: 'Régie Perrin Immobilier', sector: 'tertiaire', postalCode: '69006', city: 'Lyon', weight: 3 },
  { name: 'Copropriété Les Jardins d\'Écully', sector: 'tertiaire', postalCode: '69130', city: 'Écully', weight: 1 },
  { name: 'Hôtel-Restaurant Le Vieux Lyon', sector: 'hébergement', postalCode: '69005', city: 'Lyon', weight: 1 },
  { name: 'Numériz Lab', sector: 'tertiaire', postalCode: '69100', city: 'Villeurbanne', weight: 1 },
  { name: 'Mutuelle Santé Rhône-Alpes', sector: 'tertiaire', postalCode: '69003', city: 'Lyon', weight: 2 },
  { name: 'Durand et Associés Avocats', sector: 'tertiaire', postalCode: '69006', city: 'Lyon', weight: 1 },
  { name: 'Électroménager Distribution Centre-Est', sector: 'logistique', postalCode: '38070', city: 'Saint-Quentin-Fallavier', weight: 3 },
  { name: 'Cartonnerie du Garon', sector: 'industrie', postalCode: '69630', city: 'Chaponost', weight: 2 },
  { name: 'Plastiques d\'Oyonnax Injection', sector: 'industrie', postalCode: '01100', city: 'Oyonnax', weight: 3 },
  { name: 'Savonnerie de la Drôme', sector: 'industrie', postalCode: '26000', city: 'Valence', weight: 2 },
  { name: 'Décolletage de la Vallée de l\'Arve', sector: 'industrie', postalCode: '74300', city: 'Cluses', weight: 2 },
  { name: 'Coopérative Laitière de Savoie', sector: 'agroalimentaire', postalCode: '73200', city: 'Albertville', weight: 1 },
  { name: 'Congrès Rhône Événements', sector: 'tertiaire', postalCode: '69680', city: 'Chassieu', weight: 2 },
  { name: 'Centre de Formation du Bâtiment Rhône', sector: 'tertiaire', postalCode: '69200', city: 'Vénissieux', weight: 1 },
  { name: 'Distribution Pharmaceutique Lyonnaise', sector: 'logistique', postalCode: '69780', city: 'Mions', weight: 3 },
  { name: 'Hydraulique Industrielle Dauphinoise', sector: 'industrie', postalCode: '38000', city: 'Grenoble', weight: 2 },
  { name: 'Motoculture du Beaujolais', sector: 'tertiaire', postalCode: '69400', city: 'Villefranche-sur-Saône', weight: 1 },
  { name: 'Maison de Retraite Le Clos Fleuri', sector: 'hébergement', postalCode: '69500', city: 'Bron', weight: 2 },
  { name: 'Domaine des Monts d\'Or Séminaires', sector: 'tertiaire', postalCode: '69570', city: 'Dardilly', weight: 1 },
  { name: 'Métropole de Lyon', sector: 'collectivité', postalCode: '69003', city: 'Lyon', weight: 6 },
  { name: 'Mairie de Villeurbanne', sector: 'collectivité', postalCode: '69100', city: 'Villeurbanne', weight: 5 },
  { name: 'Mairie de Vénissieux', sector: 'collectivité', postalCode: '69200', city: 'Vénissieux', weight: 4 },
  { name: 'Mairie de Bron', sector: 'collectivité', postalCode: '69500', city: 'Bron', weight: 3 },
  { name: 'Département du Rhône', sector: 'collectivité', postalCode: '69003', city: 'Lyon', weight: 3 },
  { name: 'CCAS de Saint-Priest', sector: 'collectivité', postalCode: '69800', city: 'Saint-Priest', weight: 2 },
  { name: 'Université Lumière Lyon 2', sector: 'collectivité', postalCode: '69007', city: 'Lyon', weight: 2 },
  { name: 'Hospices Civils de Lyon', sector: 'hôpital', postalCode: '69002', city: 'Lyon', weight: 6 },
  { name: 'Centre hospitalier Le Vinatier', sector: 'hôpital', postalCode: '69500', city: 'Bron', weight: 4 },
  { name: 'Centre hospitalier de Vienne', sector: 'hôpital', postalCode: '38200', city: 'Vienne', weight: 3 },
];

export const STREETS: readonly string[] = [
  'rue de la République', 'avenue Jean-Jaurès', 'rue Victor-Hugo', 'boulevard de l\'Europe', 'rue de l\'Industrie',
  'rue des Frères-Lumière', 'avenue du Général-de-Gaulle', 'rue Pasteur', 'chemin des Mûriers', 'rue du Dauphiné',
  'allée des Cerisiers', 'rue Marcel-Mérieux', 'rue Jacquard', 'impasse des Artisans', 'avenue de la Libération',
  'rue du Commerce', 'rue Antoine-Lumière', 'route de Lyon', 'rue des Tanneurs', 'avenue Franklin-Roosevelt',
];

/** Second address lines, by who receives the mail. */
export const BUSINESS_PARKS: readonly string[] = [
  'Zone industrielle Nord', 'ZAC des Forges', 'Parc d\'activités des Platanes', 'ZA Les Prés', 'Zone industrielle Sud', 'ZA du Moulin',
];
export const PUBLIC_BILLING_SERVICES: readonly string[] = ['Direction des finances', 'Service de la commande publique', 'Service facturier'];
export const DELIVERY_POINTS: readonly string[] = ['Quai de réception', 'Entrepôt, accueil livraisons', 'Bâtiment B', 'Centre technique', 'Magasin central'];

/** Free text a commercial adds to a quote; the public one cites the reserved-contract rule. */
export const QUOTE_NOTES: readonly string[] = [
  'Délai de réalisation : trois semaines après réception des composants.',
  'Prestation réalisée par une équipe de travailleurs encadrée par un moniteur d\'atelier.',
  'Tarif négocié dans le cadre de l\'accord-cadre annuel.',
  'Prix fermes jusqu\'au 31 décembre.',
];
export const PUBLIC_QUOTE_NOTE = 'Marché réservé aux entreprises adaptées et ESAT (art. L2113-12 du code de la commande publique).';

/**
 * The production side: each establishment's workshops (ateliers), the activities carried out in each
 * (with the catalog items they produce, so that every order lands in one workshop), their work groups,
 * supervisors and usual headcount. The ESAT has a fifth workshop, its kitchen, because the catalog sells
 * meals; placements (MAD) are followed by the industrial workshop at the ESAT and by logistics at the EA.
 */
export interface WorkshopFixture {
  establishment: EstablishmentCode;
  code: string;
  name: string;
  /** Emails of the supervisors (USERS) linked to the workshop; the first is the usual referent. */
  supervisors: readonly string[];
  activities: readonly { code: string; name: string; items: readonly string[] }[];
  groups: readonly string[];
  /** Beneficiaries whose main workshop it is. */
  headcount: number;
}

const GERLAND_1 = 'moniteur.gerland@demo.ub-platform.fr';
const GERLAND_2 = 'monitrice.gerland@demo.ub-platform.fr';
const VILLEURBANNE = 'encadrant.villeurbanne@demo.ub-platform.fr';

export const WORKSHOPS: readonly WorkshopFixture[] = [
  {
    establishment: 'ESAT-LYON', code: 'ESAT-COND', name: 'Atelier conditionnement', supervisors: [GERLAND_1], headcount: 4,
    groups: ['Équipe conditionnement A', 'Équipe conditionnement B'],
    activities: [
      { code: 'ESAT-COND-MANUEL', name: 'Mise sous sachet, blister et étiquetage', items: ['COND-SACHET', 'COND-BLISTER', 'COND-ETIQ'] },
      { code: 'ESAT-COND-KIT', name: 'Assemblage de kits, coffrets et palettes', items: ['COND-KIT', 'COND-COFFRET', 'COND-PALETTE'] },
      { code: 'ESAT-COND-SITE', name: 'Conditionnement sur site client', items: ['PEE-COND'] },
    ],
  },
  {
    establishment: 'ESAT-LYON', code: 'ESAT-SST', name: 'Atelier sous-traitance industrielle', supervisors: [GERLAND_2, GERLAND_1], headcount: 9,
    groups: ['Équipe assemblage', 'Équipe finition et contrôle', 'Équipe mise à disposition'],
    activities: [
      { code: 'ESAT-SST-ASSEMB', name: 'Assemblage, câblage et sertissage', items: ['SST-ASSEMB', 'SST-CABLAGE', 'SST-RIVET'] },
      { code: 'ESAT-SST-FINITION', name: 'Ébavurage, contrôle qualité et tri', items: ['SST-EBAVURE', 'SST-CONTROLE'] },
      { code: 'ESAT-SST-MAD', name: 'Mise à disposition en entreprise', items: ['MAD-ESAT-AGENT', 'MAD-ESAT-EQUIPE'] },
    ],
  },
  {
    establishment: 'ESAT-LYON', code: 'ESAT-EV', name: 'Atelier espaces verts', supervisors: [GERLAND_2], headcount: 3,
    groups: ['Équipe espaces verts'],
    activities: [
      { code: 'ESAT-EV-ENTRETIEN', name: 'Tonte et entretien courant', items: ['EV-TONTE', 'EV-ENTRETIEN', 'PEE-EV'] },
      { code: 'ESAT-EV-TAILLE', name: 'Taille et plantation', items: ['EV-TAILLE', 'EV-PLANT'] },
    ],
  },
  {
    establishment: 'ESAT-LYON', code: 'ESAT-BLAN', name: 'Atelier blanchisserie', supervisors: [GERLAND_1], headcount: 4,
    groups: ['Équipe lavage', 'Équipe repassage et pliage'],
    activities: [
      { code: 'ESAT-BLAN-LAVAGE', name: 'Tri, lavage et séchage', items: ['BLAN-LINGE', 'BLAN-VETEMENT'] },
      { code: 'ESAT-BLAN-FINITION', name: 'Repassage, pliage et mise en sac', items: ['BLAN-REPASSAGE'] },
    ],
  },
  {
    establishment: 'ESAT-LYON', code: 'ESAT-REST', name: 'Atelier cuisine et traiteur', supervisors: [GERLAND_1], headcount: 4,
    groups: ['Brigade cuisine', 'Équipe traiteur'],
    activities: [
      { code: 'ESAT-REST-CUISINE', name: 'Production culinaire en liaison froide', items: ['REST-PLATEAU', 'REST-BUFFET', 'REST-SCOLAIRE'] },
      { code: 'ESAT-REST-PATISSERIE', name: 'Pâtisserie', items: ['REST-MIGNARDISES'] },
    ],
  },
  {
    establishment: 'EA-VILLEURBANNE', code: 'EA-PROP', name: 'Pôle propreté', supervisors: [VILLEURBANNE], headcount: 8,
    groups: ['Équipe bureaux', 'Équipe vitrerie et remise en état', 'Équipe sites industriels'],
    activities: [
      { code: 'EA-PROP-LOCAUX', name: 'Entretien courant des locaux', items: ['NET-BUREAUX', 'NET-HEURE', 'NET-SANITAIRES'] },
      { code: 'EA-PROP-VITRERIE', name: 'Vitrerie et nettoyage de fin de chantier', items: ['NET-VITRES', 'NET-CHANTIER'] },
      { code: 'EA-PROP-SITE', name: 'Propreté sur site industriel', items: ['PEE-NET'] },
    ],
  },
  {
    establishment: 'EA-VILLEURBANNE', code: 'EA-IMP', name: 'Atelier imprimerie et routage', supervisors: [VILLEURBANNE], headcount: 2,
    groups: ['Équipe imprimerie'],
    activities: [
      { code: 'EA-IMP-IMPRESSION', name: 'Impression et façonnage', items: ['IMP-FLYER', 'IMP-CARTES', 'IMP-BROCHURE'] },
      { code: 'EA-IMP-ROUTAGE', name: 'Routage et numérisation', items: ['IMP-ROUTAGE', 'IMP-NUMERISATION'] },
    ],
  },
  {
    establishment: 'EA-VILLEURBANNE', code: 'EA-EV', name: 'Pôle espaces verts', supervisors: [VILLEURBANNE, GERLAND_2], headcount: 2,
    groups: ['Équipe espaces verts EA'],
    activities: [
      { code: 'EA-EV-DEBROUSS', name: 'Débroussaillage', items: ['EV-DEBROUSSAILLAGE'] },
      { code: 'EA-EV-COPRO', name: 'Entretien de copropriétés', items: ['EV-COPRO'] },
    ],
  },
  {
    establishment: 'EA-VILLEURBANNE', code: 'EA-LOG', name: 'Pôle logistique et mise à disposition', supervisors: [VILLEURBANNE], headcount: 5,
    groups: ['Équipe préparation de commandes', 'Équipe mise à disposition'],
    activities: [
      { code: 'EA-LOG-PREPA', name: 'Préparation de commandes e-commerce', items: ['LOG-ECOMMERCE'] },
      { code: 'EA-LOG-MAD', name: 'Mise à disposition d\'agents et de caristes', items: ['MAD-EA-AGENT', 'MAD-EA-CARISTE'] },
    ],
  },
];

/** Names for the identities a structure chose to keep (and the initials of everyone). */
export const FIRST_NAMES: readonly string[] = [
  'Mehdi', 'Julie', 'Kevin', 'Sandrine', 'Jean-Pierre', 'Aurélie', 'Rachid', 'Émilie', 'Sébastien', 'Laetitia', 'Yannick', 'Fatima',
  'Ludovic', 'Céline', 'Anthony', 'Nadia', 'Christophe', 'Marine', 'Jérôme', 'Samia', 'Grégory', 'Élodie', 'Mathieu', 'Karima',
  'Damien', 'Virginie', 'Olivier', 'Amandine', 'Nicolas', 'Sabrina', 'Fabrice', 'Marie-Claire', 'Steve', 'Océane', 'Thierry', 'Inès',
  'Florian', 'Agnès', 'Bruno', 'Coralie', 'Hugo', 'Leïla',
];
export const LAST_NAMES: readonly string[] = [
  'Moreau', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'André', 'Mercier',
  'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Perrin', 'Robin', 'Clément', 'Morin',
  'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire',
  'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
];

/** Médico-social notes: short, neutral, professional; no diagnosis, no treatment. */
export const MEDICO_SOCIAL_NOTES: readonly string[] = [
  'Entretien annuel de suivi : projet professionnel confirmé dans l\'atelier, souhait de se former au contrôle qualité.',
  'Réunion de synthèse avec le moniteur référent : objectifs du semestre fixés (autonomie sur le poste, respect des horaires).',
  'Point sur le transport domicile-travail : solution de covoiturage trouvée avec un collègue, à revoir dans trois mois.',
  'Demande de passage à temps plein étudiée ; avis favorable de l\'équipe, à présenter en commission.',
  'Bilan du stage d\'immersion en entreprise : retours positifs de l\'employeur, piste d\'une mise à disposition à étudier.',
  'Inscription à la démarche RAE « Différent et compétent » ; positionnement prévu sur le référentiel agent de propreté.',
  'Entretien à la demande de la personne : souhaite changer d\'équipe ; essai proposé sur deux semaines.',
  'Rendez-vous avec le représentant légal pour le renouvellement du contrat de soutien et d\'aide par le travail.',
  'Retour après une absence de trois semaines : reprise progressive convenue avec le moniteur.',
  'Préparation de la sortie vers le milieu ordinaire : accompagnement à la recherche d\'emploi avec le conseiller Cap emploi.',
  'Formation sécurité (gestes et postures) suivie ; attestation remise au dossier.',
  'Point d\'étape sur le carnet de parcours et de compétences : deux nouvelles compétences validées par le moniteur.',
];

/** Why a validated pointage was corrected (the correction holds the difference). */
export const CORRECTION_COMMENTS: readonly string[] = [
  'Correction : pause déjeuner non déduite',
  'Correction : heure de fin mal saisie',
  'Correction : départ anticipé non saisi',
  'Correction : erreur de saisie des heures',
];
/** Occasional remarks a supervisor adds to a pointage. */
export const WORK_RECORD_COMMENTS: readonly string[] = [
  'Poste adapté (travail assis)',
  'Formation au poste par le moniteur',
  'Binôme avec un travailleur expérimenté',
  'Reprise de pièces non conformes',
  'Arrivée décalée (transport)',
];
