/**
 * Word lists for the sample's invented people and companies. Plain data; any resemblance to real businesses
 * is the nature of common words. Regions carry the legal forms their companies use, so names read right.
 */
import type { BuyingRole } from '../../shared/domain/vocabulary';

/** A comma-separated list: compact to read and edit. */
function words(list: string): string[] {
  return list.split(',').map((w) => w.trim());
}

export const firstNames = words(
  'Anna, Lars, Sofia, Jonas, Emma, Mikael, Elin, Henrik, Laura, Thomas, Marie, Peter, Julia, Daniel,' +
    'Sara, Martin, Eva, Johan, Nina, Stefan, Clara, Markus, Ida, Lukas, Hanna, Oliver, Lena, Erik,' +
    'Femke, Pieter, Chloé, Antoine, Grace, James, Aisha, Omar, Katarzyna, Tomasz, Ingrid, Kristian,' +
    'Mia, Niklas, Sanne, Ruben, Camille, Hugo',
);

export const lastNames = words(
  'Andersson, Berg, Nilsen, Virtanen, Schmidt, Müller, Weber, Jansen, de Vries, Peeters, Martin,' +
    'Bernard, Dubois, Smith, Jones, Taylor, Brown, Murphy, Kelly, Lindholm, Hansen, Larsen, Johansson,' +
    'Korhonen, Becker, Hoffmann, Visser, Bakker, Lambert, Moreau, Walsh, Evans, Novak, Kowalski,' +
    'Haugen, Dahl, Strand, Meyer, Wagner, Laurent',
);

export const namePrefixes = words(
  'Northwind, Blue Harbor, Granite, Silverline, Oakridge, Brightwater, Ironbridge, Redwood,' +
    'Clearpoint, Summit, Lakeside, Pinecrest, Starling, Fjord, Aurora, Kestrel, Meridian, Copperfield,' +
    'Hillview, Riverbend, Westgate, Eastwood, Sunfield, Beacon, Nordlys, Greenfield, Stonebridge,' +
    'Maple, Cedar, Polaris, Driftwood, Highland',
);

export interface Region {
  name: string;
  share: number;
  cities: string[];
  legalForms: string[];
}

export const regions: Region[] = [
  {
    name: 'Nordics',
    share: 0.34,
    cities: ['Stockholm', 'Oslo', 'Helsinki', 'Gothenburg', 'Aarhus', 'Bergen', 'Malmö', 'Tampere'],
    legalForms: ['AB', 'AS', 'Oy', 'A/S'],
  },
  {
    name: 'DACH',
    share: 0.22,
    cities: ['Munich', 'Hamburg', 'Zurich', 'Vienna', 'Cologne', 'Stuttgart', 'Basel', 'Graz'],
    legalForms: ['GmbH', 'AG'],
  },
  {
    name: 'Benelux',
    share: 0.16,
    cities: ['Utrecht', 'Antwerp', 'Rotterdam', 'Ghent', 'Eindhoven', 'Luxembourg'],
    legalForms: ['BV', 'NV'],
  },
  {
    name: 'UK & Ireland',
    share: 0.16,
    cities: ['Leeds', 'Bristol', 'Dublin', 'Manchester', 'Glasgow', 'Cork'],
    legalForms: ['Ltd', 'plc'],
  },
  {
    name: 'France',
    share: 0.12,
    cities: ['Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Toulouse'],
    legalForms: ['SAS', 'SA'],
  },
];

/** Job titles by buying role; the first is what small companies call it. */
export const titlesByRole: Record<BuyingRole, string[]> = {
  decision_maker: ['Managing Director', 'CEO', 'COO', 'Chief Digital Officer'],
  economic_buyer: ['CFO', 'Finance Director', 'Head of Procurement'],
  technical_buyer: ['IT Manager', 'CTO', 'Head of IT', 'Solution Architect'],
  user: ['Operations Manager', 'Team Lead', 'Warehouse Manager', 'Service Manager'],
  influencer: ['Project Manager', 'Head of Quality', 'Sustainability Lead', 'Security Officer'],
  information_provider: ['Procurement Specialist', 'Business Analyst', 'Assistant to the CEO'],
};
