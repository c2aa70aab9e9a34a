/* Generated from schemas/assessment-1.0.0-draft.1.schema.json by json-schema-to-typescript. Do not edit: run `pnpm generate`. */

/**
 * What a company (self-declaration) or an auditor (audit) writes: the answers to one criteria release.
 */
export interface Assessment_1_0_0_draft_1 {
  $schema?: string;
  /**
   * The criteria release the answers are given against: si-security-certification 1.0.0-draft.1.
   */
  criteria: {
    scheme: 'si-security-certification';
    version: '1.0.0-draft.1';
  };
  /**
   * The organisation that is assessed.
   */
  organization: {
    name: string;
    /**
     * 法人番号: the 13-digit corporate number, check digit included.
     */
    corporateNumber?: string;
  };
  /**
   * The level the organisation declares or is audited for.
   */
  targetLevel: number;
  /**
   * self-declaration (Level 1) or audit (Level 2).
   */
  mode: 'self-declaration' | 'audit';
  declaration?: Declaration;
  audit?: Audit;
  /**
   * Answers keyed by the requirement IDs of criteria 1.0.0-draft.1; any other key is an error.
   */
  answers: {
    /**
     * GOV-01.01 (level 1): 中項目の徹底を供給者として宣言する
     *
     * Declare, as a supplier, that the items are thoroughly carried out.
     */
    'GOV-01.01'?: Answer;
    /**
     * GOV-01.02 (level 2): 法令を遵守し、サービス運用インフラ及びプロセスに関するすべてのセキュリティポリシーを文書化し、維持する。
     *
     * Comply with laws and regulations, and document and maintain all security policies for the service operation infrastructure and processes.
     */
    'GOV-01.02'?: Answer;
    /**
     * GOV-01.03 (level 2): ポリシーに基づいてセキュリティを確保するために必要な人員及び予算を確保する。
     *
     * Secure the personnel and budget needed to ensure security in line with the policies.
     */
    'GOV-01.03'?: Answer;
    /**
     * GOV-02.01 (level 1): セキュリティ基礎教育の定期実施
     *
     * Regular basic security education
     */
    'GOV-02.01'?: Answer;
    /**
     * GOV-02.02 (level 2): SecBokを元にセキュリティ資格取得の推進
     *
     * Promoting the acquisition of security qualifications based on SecBok
     */
    'GOV-02.02'?: Answer;
    /**
     * GOV-02.03 (level 2): 全要員に対して情報セキュリティに対する経営層のコミットメントを周知し、組織にとっての情報セキュリティの重要性を教育する。
     *
     * Make management's commitment to information security known to all personnel, and teach them the importance of information security to the organisation.
     */
    'GOV-02.03'?: Answer;
    /**
     * GOV-02.04 (level 2): 各役割のトレーニング計画を作成し、全要員が習熟度と役割に応じてトレーニングを実施できるように提供する。
     *
     * Create a training plan for each role and provide it so that all personnel can take training suited to their proficiency and role.
     */
    'GOV-02.04'?: Answer;
    /**
     * GOV-03.01 (level 1): 団体、ISAC参加により情報を入手するルートを持っている
     *
     * Has routes for obtaining information by taking part in industry groups and ISACs.
     */
    'GOV-03.01'?: Answer;
    /**
     * GOV-03.02 (level 2): 提供するソフトウェア製品及びサービスのセキュリティを改善するために、民間企業同士、関係当局、専門組織との情報連携のための組織体制を構築する。
     *
     * To improve the security of the software products and services it provides, build an organisational structure for sharing information with other private companies, the relevant authorities and specialist organisations.
     */
    'GOV-03.02'?: Answer;
    /**
     * GOV-03.03 (level 2): コミュニティや協力体制に参加する場合には、積極的に活動に関与し、協力体制に対して貢献する。
     *
     * When taking part in a community or cooperative framework, be actively involved in its activities and contribute to the cooperative framework.
     */
    'GOV-03.03'?: Answer;
    /**
     * GOV-04.01 (level 1): 定期的レビューの実施
     *
     * Regular reviews
     */
    'GOV-04.01'?: Answer;
    /**
     * GOV-04.02 (level 2): ポリシーに基づくガバナンスにより、サービス運用インフラ及びプロセスの保護、及びサービスのセキュリティ要件が全体にわたって維持されていることを定期的に見直し、継続的な改善を確認する。
     *
     * Through governance based on the policies, regularly review that the protection of the service operation infrastructure and processes and the security requirements of the service are maintained throughout, and confirm continual improvement.
     */
    'GOV-04.02'?: Answer;
    /**
     * BLD-01.01 (level 1): 製品のセキュリティリスクの説明
     *
     * Explaining the security risks of the products
     */
    'BLD-01.01'?: Answer;
    /**
     * BLD-01.02 (level 2): 情報セキュリティリスクアセスメント実施
     *
     * Carrying out an information security risk assessment
     */
    'BLD-01.02'?: Answer;
    /**
     * BLD-01.03 (level 2): 顧客の取組と契約に基づく取組を統合したリスク管理を文書化し、合意する。
     *
     * Document and agree on risk management that integrates the customer's own measures with the measures under the contract.
     */
    'BLD-01.03'?: Answer;
    /**
     * BLD-01.04 (level 2): 開発するシステムのリスクを分析・評価し、リスク対応、セキュリティ要件、設計上の決定事項を追跡し、対策を維持する。
     *
     * Analyse and evaluate the risks of the system being developed, track risk treatment, security requirements and design decisions, and maintain the countermeasures.
     */
    'BLD-01.04'?: Answer;
    /**
     * BLD-02.01 (level 1): 設定のチェックリスト
     *
     * A configuration checklist
     */
    'BLD-02.01'?: Answer;
    /**
     * BLD-02.02 (level 2): 標準に従った脆弱性検査の実施
     *
     * Carrying out vulnerability testing according to a standard
     */
    'BLD-02.02'?: Answer;
    /**
     * BLD-02.03 (level 2): ソフトウェアのセキュアな導入・設定の情報を文書化し、ソフトウェアの取得者（ユーザー）が利用できるようにする。
     *
     * Document information on installing and configuring the software securely, and make it available to those who acquire the software (users).
     */
    'BLD-02.03'?: Answer;
    /**
     * BLD-02.04 (level 2): 文書及びチェックリストは平易で理解しやすく、スキルが低いエンジニアでも理解が出来るものにする。
     *
     * Make the documents and checklists plain and easy to follow, so that even engineers with little skill can understand them.
     */
    'BLD-02.04'?: Answer;
    /**
     * BLD-03.01 (level 1): 顧客ネットワークへの影響度の確認
     *
     * Checking the impact on the customer's network
     */
    'BLD-03.01'?: Answer;
    /**
     * BLD-03.02 (level 2): 納入システムの構成管理表を提供する
     *
     * Provide a configuration management table of the delivered system.
     */
    'BLD-03.02'?: Answer;
    /**
     * BLD-03.03 (level 2): ネットワーク構成図、重要IT資産台帳の存在を確認し、提案するセキュリティシステムに内包するリスクとその影響を分析するとともに、明文化した上で顧客に理解できるコミュニケーションに努める。
     *
     * Confirm that a network diagram and a register of important IT assets exist, analyse the risks inherent in the proposed security system and their impact, put them in writing, and strive to communicate them in a way the customer can understand.
     */
    'BLD-03.03'?: Answer;
    /**
     * BLD-04.01 (level 1): 仕入れ先との情報セキュリティ合意
     *
     * Information security agreements with suppliers
     */
    'BLD-04.01'?: Answer;
    /**
     * BLD-04.02 (level 2): 外部委託に対するセキュリティ管理体制
     *
     * A security management structure for outsourcing
     */
    'BLD-04.02'?: Answer;
    /**
     * BLD-04.03 (level 2): 委託先における情報セキュリティポリシー及びマネジメントシステムを確認し、契約の条件として合意する。
     *
     * Check the contractor's information security policy and management system, and agree on them as a condition of the contract.
     */
    'BLD-04.03'?: Answer;
    /**
     * BLD-04.04 (level 2): 情報管理上重要な委託先については、必要に応じて監査を行う事が望ましい。
     *
     * For contractors that are important for information management, it is desirable to audit them as necessary.
     */
    'BLD-04.04'?: Answer;
    /**
     * OPS-01.01 (level 1): トラブル対応窓口の設置
     *
     * Setting up a contact point for handling trouble
     */
    'OPS-01.01'?: Answer;
    /**
     * OPS-01.02 (level 2): セキュリティインシデントの処理・エスカレーションプロセス・対応手順があること
     *
     * Having a process for handling and escalating security incidents, and response procedures
     */
    'OPS-01.02'?: Answer;
    /**
     * OPS-01.03 (level 2): 情報セキュリティインシデントが発生した場合に問い合わせることが出来る窓口を契約時に明確にするとともにWebでの明示や問い合わせシステムを使って容易にコンタクトが出来るように努める。
     *
     * Make clear at the time of contract the contact point to turn to when an information security incident occurs, and strive to make contact easy by showing it on the web or by using an inquiry system.
     */
    'OPS-01.03'?: Answer;
    /**
     * OPS-01.04 (level 2): 自社の対処能力を継続的に高めると共に、自社での解決が困難な場合には外部委託やベンダーへのエスカレーションプロセスを常に確認しておく
     *
     * Continuously improve the company's own ability to respond, and always keep the process for escalating to outsourced parties or vendors confirmed for cases the company cannot easily resolve itself.
     */
    'OPS-01.04'?: Answer;
    /**
     * OPS-02.01 (level 1): 脆弱性情報の提供プロセスがある事
     *
     * Having a process for providing vulnerability information
     */
    'OPS-02.01'?: Answer;
    /**
     * OPS-02.02 (level 2): 構成管理を元にした運用体制の提供
     *
     * Providing an operation structure based on configuration management
     */
    'OPS-02.02'?: Answer;
    /**
     * OPS-02.03 (level 2): すべての利害関係者に対するコミュニケーション計画を定め、情報流通の実効性を担保するための情報の内容及びプロセスの改善を継続的に行う。
     *
     * Set a communication plan for all stakeholders, and continuously improve the content of the information and the processes to make sure information reaches them effectively.
     */
    'OPS-02.03'?: Answer;
    /**
     * OPS-02.04 (level 2): 公知情報の探索、ソフトウェア取得者からの通知、外部脅威情報の取得、システム構成データのレビュー、その他の方法を通じて、新たな脆弱性情報を収集する。
     *
     * Gather information on new vulnerabilities by searching public information, through notifications from those who acquired the software, by obtaining external threat information, by reviewing system configuration data, and by other means.
     */
    'OPS-02.04'?: Answer;
    /**
     * OPS-03.01 (level 1): サポート範囲を合意する手続きがある事
     *
     * Having a procedure for agreeing on the scope of support
     */
    'OPS-03.01'?: Answer;
    /**
     * OPS-03.02 (level 2): 自社が提供したシステム及びソリューションを明確にし、対応できるサポート範囲を可能な限り明確にする。
     *
     * Identify the systems and solutions the company has provided, and make the scope of support it can give as clear as possible.
     */
    'OPS-03.02'?: Answer;
    /**
     * OPS-03.03 (level 2): 複数のベンダーが関与したシステムにおいて、自社がサポート出来ない部分に関して、問題が発生した際の問い合わせ先を可能な限り明らかにする。
     *
     * In systems involving several vendors, make as clear as possible whom to contact when a problem occurs in the parts the company cannot support.
     */
    'OPS-03.03'?: Answer;
    /**
     * OPS-03.04 (level 2): 製品に付随する無償の製品問い合わせと有償で提供するサポートの区分けを明確にし、文書化し、顧客に明示的に説明を行い、合意の証拠を残す。
     *
     * Clearly separate free product enquiries that come with a product from paid support, document the separation, explain it explicitly to the customer, and keep evidence of the agreement.
     */
    'OPS-03.04'?: Answer;
    /**
     * CTR-01.01 (level 1): 「重要事項説明書活用型」モデル取引・契約書
     *
     * The model transaction and contract of the "important matters statement" type
     */
    'CTR-01.01'?: Answer;
    /**
     * CTR-01.02 (level 2): 情報システム・モデル取引・契約書
     *
     * The model transaction and contract for information systems
     */
    'CTR-01.02'?: Answer;
    /**
     * CTR-01.03 (level 2): 関係者間で合意すべきセキュリティ要件を確立し、契約に盛り込んでいる。
     *
     * The security requirements to be agreed among the parties are established and included in the contract.
     */
    'CTR-01.03'?: Answer;
    /**
     * CTR-01.04 (level 2): 顧客の責任範囲も含めたシステム全体のセキュリティの責任を明確にするとともに、適切に責任を果たさない場合のリスク及びその影響を明示的に説明を行い、合意の証拠を残す。
     *
     * Make clear the responsibility for the security of the whole system, including the customer's scope of responsibility, explicitly explain the risks and their impact when responsibilities are not properly met, and keep evidence of the agreement.
     */
    'CTR-01.04'?: Answer;
  };
}
/**
 * A self-declaration of conformity (自己適合宣言).
 */
export interface Declaration {
  /**
   * The person who signs the declaration, by name and role.
   */
  signatory: {
    /**
     * Left out or blank: the declaration is incomplete (issue declaration-incomplete).
     */
    name?: string;
    /**
     * e.g. 代表取締役社長. Left out or blank: the declaration is incomplete (issue declaration-incomplete).
     */
    role?: string;
  };
  /**
   * The date the declaration is signed.
   */
  date: string;
}
/**
 * A certification audit (認定審査).
 */
export interface Audit {
  /**
   * The auditor who examined the documents. A name left out or blank: issue audit-incomplete.
   */
  auditor: {
    name?: string;
  };
  /**
   * The certification body the auditor works for. A name left out or blank: issue audit-incomplete.
   */
  body: {
    name?: string;
  };
  /**
   * The date of the audit decision.
   */
  date: string;
  /**
   * The audit or certificate number.
   */
  reference?: string;
}
/**
 * The answer to one requirement.
 */
export interface Answer {
  /**
   * met, not-met or not-applicable.
   */
  status: 'met' | 'not-met' | 'not-applicable';
  /**
   * Why: required for not-applicable where the requirement says so.
   */
  justification?: string;
  evidence?: readonly EvidenceItem[];
  note?: string;
}
/**
 * One piece of evidence for an answer.
 */
export interface EvidenceItem {
  /**
   * What the evidence is, e.g. 情報セキュリティ基本方針 第3版.
   */
  title: string;
  /**
   * Where it can be found (a URL or a document reference).
   */
  uri?: string;
  /**
   * The date of the evidence: when the document was issued or the activity took place.
   */
  date: string;
  /**
   * SHA-256 of the submitted file, so an auditor can check it is the same one.
   */
  sha256?: string;
}
