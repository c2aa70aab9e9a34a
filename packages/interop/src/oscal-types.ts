/**
 * The parts of the OSCAL 1.2 JSON models that sisc writes and reads. Not the whole of OSCAL: the
 * tests validate every export against the official JSON Schemas (OSCAL 1.2.1).
 */

export interface OscalProp {
  name: string;
  ns?: string;
  value: string;
  class?: string;
  remarks?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  'media-type'?: string;
  text?: string;
}

export interface OscalPart {
  id?: string;
  name: string;
  ns?: string;
  class?: string;
  title?: string;
  props?: OscalProp[];
  prose?: string;
  parts?: OscalPart[];
  links?: OscalLink[];
}

export interface OscalRole {
  id: string;
  title: string;
}

export interface OscalParty {
  uuid: string;
  type: 'person' | 'organization';
  name?: string;
  props?: OscalProp[];
  'member-of-organizations'?: string[];
}

export interface OscalResponsibleParty {
  'role-id': string;
  'party-uuids': string[];
}

export interface OscalMetadata {
  title: string;
  published?: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProp[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  'responsible-parties'?: OscalResponsibleParty[];
  remarks?: string;
}

export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  props?: OscalProp[];
  'document-ids'?: { scheme?: string; identifier: string }[];
  rlinks?: { href: string; 'media-type'?: string }[];
  remarks?: string;
}

export interface OscalBackMatter {
  resources: OscalResource[];
}

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  links?: OscalLink[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

export interface OscalGroup {
  id?: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  groups?: OscalGroup[];
  controls?: OscalControl[];
  'back-matter'?: OscalBackMatter;
}

export interface OscalCatalogDocument {
  catalog: OscalCatalog;
}

export interface OscalSelectControlById {
  'with-child-controls'?: 'yes' | 'no';
  'with-ids'?: string[];
}

export interface OscalProfileDocument {
  profile: {
    uuid: string;
    metadata: OscalMetadata;
    imports: { href: string; 'include-controls': OscalSelectControlById[] }[];
    merge?: { 'as-is'?: boolean };
    'back-matter'?: OscalBackMatter;
  };
}

export interface OscalMappingItem {
  type: 'control' | 'statement';
  'id-ref': string;
  props?: OscalProp[];
}

export interface OscalMap {
  uuid: string;
  relationship: string;
  sources: OscalMappingItem[];
  targets: OscalMappingItem[];
  'confidence-score'?: { category?: string; percentage?: number };
  props?: OscalProp[];
}

export interface OscalMapping {
  uuid: string;
  'source-resource': { type: 'catalog' | 'profile'; href: string };
  'target-resource': { type: 'catalog' | 'profile'; href: string };
  maps: OscalMap[];
  props?: OscalProp[];
}

export interface OscalMappingDocument {
  'mapping-collection': {
    uuid: string;
    metadata: OscalMetadata;
    provenance: {
      method: 'human' | 'automation' | 'hybrid';
      'matching-rationale': 'syntactic' | 'semantic' | 'functional';
      status: 'complete' | 'not-complete' | 'draft' | 'deprecated' | 'superseded';
      'mapping-description': string;
    };
    mappings: OscalMapping[];
    'back-matter'?: OscalBackMatter;
  };
}

export interface OscalObservation {
  uuid: string;
  title?: string;
  description: string;
  props?: OscalProp[];
  links?: OscalLink[];
  methods: string[];
  types?: string[];
  'relevant-evidence'?: { href?: string; description: string; props?: OscalProp[] }[];
  collected: string;
  remarks?: string;
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  target: {
    type: 'statement-id' | 'objective-id';
    'target-id': string;
    props?: OscalProp[];
    status: { state: 'satisfied' | 'not-satisfied'; reason?: string };
    remarks?: string;
  };
  'related-observations'?: { 'observation-uuid': string }[];
  remarks?: string;
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  props?: OscalProp[];
  'reviewed-controls': { 'control-selections': { 'include-controls'?: { 'control-id': string }[]; 'include-all'?: Record<string, never> }[] };
  observations?: OscalObservation[];
  findings?: OscalFinding[];
  remarks?: string;
}

export interface OscalAssessmentResultsDocument {
  'assessment-results': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ap': { href: string; remarks?: string };
    results: OscalResult[];
    'back-matter'?: OscalBackMatter;
  };
}

export interface OscalAssessmentPlanDocument {
  'assessment-plan': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ssp': { href: string; remarks?: string };
    'reviewed-controls': OscalResult['reviewed-controls'];
    'assessment-subjects'?: { type: string; description?: string; 'include-subjects'?: { 'subject-uuid': string; type: string }[] }[];
    'back-matter'?: OscalBackMatter;
  };
}
