/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit by hand. */

/**
 * A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.
 */
export type Id = string;
/**
 * A list of ids, each listed once.
 */
export type IdList = Id[];
/**
 * Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.
 */
export type Text =
  | string
  | {
      [k: string]: string | undefined;
    };
/**
 * A list of human texts.
 */
export type TextList = Text[];
/**
 * A calendar date written YYYY-MM-DD.
 */
export type IsoDate = string;
/**
 * A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.
 */
export type Version = string;
/**
 * A time limit as an ISO 8601 duration: PT15M is 15 minutes, PT24H is 24 hours, P3D is 3 days.
 */
export type Duration = string;
/**
 * A measurable threshold: a comparison and a number with its unit (>= 300 lux, <= 55 dB, < 5 min), a range (between 18 and 26 °C) or a period (every 15 days, meaning at most 15 days since the last time). A number may have thousands separators and decimals (1,000, 0.5), no exponent; the unit is text without digits.
 */
export type Threshold = string;
/**
 * Published changes, newest first. The newest entry's version must equal the file's version.
 *
 * @minItems 1
 */
export type Changelog = [ChangelogEntry, ...ChangelogEntry[]];
/**
 * Knowledge-check questions shown on the page and graded in the browser.
 */
export type Questions = Question[];
/**
 * The department responsible for this standard (责任部门): it keeps it current and answers for it.
 */
export type Owner = Text;
/**
 * Score bands from the highest to the lowest; the lowest must start at 0.
 *
 * @minItems 1
 */
export type Bands = [Band, ...Band[]];
/**
 * Who scores and how: a self-assessment by the site, a mystery shopper's visit, or an internal audit by quality staff.
 */
export type AuditKind = 'self-assessment' | 'mystery-shopper' | 'internal-audit';
/**
 * A list of taxonomy values.
 *
 * @minItems 1
 */
export type Terms = [Term, ...Term[]];

/**
 * One published change: which version, when it took effect and why.
 */
export interface ChangelogEntry {
  /**
   * The version this change produced.
   */
  version: Version;
  /**
   * The date the change took effect.
   */
  date: IsoDate;
  /**
   * Why the standard changed, so that everyone understands what is different.
   */
  reason: Text;
}
/**
 * A knowledge-check question for new hires: single or multiple choice, with an explanation shown after grading.
 */
export interface Question {
  /**
   * Id of the question, unique within its touchpoint or SOP.
   */
  id: Id;
  /**
   * The question as the reader sees it.
   */
  prompt: Text;
  /**
   * true when more than one option is correct and the reader must pick all of them.
   */
  multiple?: boolean;
  /**
   * The choices, at least two; mark the correct ones with correct: true.
   *
   * @minItems 2
   *
   * Items: One choice.
   */
  options: [
    {
      /**
       * Id of the option, unique within the question (a, b, c …).
       */
      id: Id;
      /**
       * The text of the option.
       */
      text: Text;
      /**
       * true when choosing this option is right.
       */
      correct?: boolean;
    },
    {
      /**
       * Id of the option, unique within the question (a, b, c …).
       */
      id: Id;
      /**
       * The text of the option.
       */
      text: Text;
      /**
       * true when choosing this option is right.
       */
      correct?: boolean;
    },
    ...{
      /**
       * Id of the option, unique within the question (a, b, c …).
       */
      id: Id;
      /**
       * The text of the option.
       */
      text: Text;
      /**
       * true when choosing this option is right.
       */
      correct?: boolean;
    }[]
  ];
  /**
   * Why the right answer is right, shown after grading.
   */
  explanation: Text;
}
/**
 * A score band: scores at or above min (and below the next band up) get this band.
 */
export interface Band {
  /**
   * Id of the band, such as green, amber or red.
   */
  id: Id;
  /**
   * The lowest score (0–100) in this band.
   */
  min: number;
  /**
   * Name of the band as shown to auditors.
   */
  label: Text;
  /**
   * Colour used to show the band, as #rrggbb.
   */
  color?: string;
}
/**
 * One value of a taxonomy.
 */
export interface Term {
  /**
   * The value standards write.
   */
  id: Id;
  /**
   * The name readers see.
   */
  label: Text;
  /**
   * What the value means, for authors and readers.
   */
  description?: Text;
}
/**
 * standards/handbook.yaml: the handbook's identity, its locales, the taxonomies every standard picks from, the grading rule and the scoring settings.
 */
export interface HandbookConfig {
  /**
   * Title of the handbook, shown on every page.
   */
  title: Text;
  /**
   * The organisation whose standards these are.
   */
  organisation: Text;
  /**
   * What the handbook covers, in a sentence or two, shown on the home page.
   */
  summary?: Text;
  /**
   * Version of the handbook as a whole; audit records name it so that old scores can be re-read against the right standards.
   */
  version: Version;
  /**
   * The locale of plain-string texts, and the one shown when a translation is missing.
   */
  defaultLocale: 'zh-CN' | 'en';
  /**
   * Every locale the handbook is published in; must include the default locale.
   *
   * @minItems 1
   */
  locales: ['zh-CN' | 'en', ...('zh-CN' | 'en')[]];
  /**
   * How the handbook site presents the standards.
   */
  site?: {
    /**
     * At most this many entries on one page of the touchpoint, SOP and case indexes. A longer section is split into numbered pages, and its index links each filter value to the search page filtered by it. "My progress" sends its list with the page up to this many knowledge checks; a longer list is loaded by the page, and shows this many not yet taken at a time. Default 100.
     */
    listPageSize?: number;
    /**
     * Whether the site publishes the audit records of audits/ with the other standards files at /data/source/audits/…, auditor names and notes included. Off by default: the editor does not need them, and a public site would show them to anyone.
     */
    publishAudits?: boolean;
  };
  /**
   * Where the standards live, so that "edit this standard" links and pull requests reach the right repository.
   */
  repository?: {
    /**
     * The git host; only GitHub for now.
     */
    host?: 'github';
    /**
     * The user or organisation that owns the repository.
     */
    owner: string;
    /**
     * The repository's name.
     */
    name: string;
    /**
     * The branch pull requests are opened against.
     */
    branch?: string;
    /**
     * The handbook folder's path inside the repository.
     */
    basePath?: string;
    /**
     * The REST API the editor sends pull requests to: https://api.github.com, or a GitHub Enterprise server's API. An https address without user name, password, query or fragment; http only to this machine (localhost, 127.0.0.1, [::1]), for tests and local mirrors. The editor sends the author's token to this address only; it is fixed when the site is built and nothing in the browser can change it.
     */
    api?: string;
  };
  /**
   * The value lists standards pick from. A standard naming a value that is not listed here is an error.
   */
  taxonomies: {
    /**
     * Industries the handbook covers (property management, hospital, bank …).
     */
    industries: Terms;
    /**
     * Categories of touchpoints (entrance, counter, hall, online service …).
     */
    categories: Terms;
    /**
     * Stages of the customer journey: pre-sale, in-sale, after-sale.
     */
    journeyStages: Terms;
    /**
     * Kinds of interaction: physical, digital, emotional.
     */
    channels: Terms;
    /**
     * Dimensions standard items are grouped by: visual, auditory, olfactory, behaviour …
     */
    dimensions: Terms;
    /**
     * Tiers of standards: basic, value-added, emergency.
     */
    tiers: Terms;
  };
  /**
   * The impact × frequency rule that grades every touchpoint.
   */
  grading: {
    /**
     * Levels used for both impact and frequency, from high to low.
     */
    levels: Terms;
    /**
     * Grades from the most to the least important (key, important, general), each with what it gets as its description.
     */
    grades: Terms;
    /**
     * One cell per combination of impact level and frequency level, naming the grade it yields. Every combination must be present once.
     *
     * @minItems 1
     *
     * Items: One cell of the grading matrix.
     */
    matrix: [
      {
        /**
         * An impact level from grading.levels.
         */
        impact: Id;
        /**
         * A frequency level from grading.levels.
         */
        frequency: Id;
        /**
         * The grade this cell yields, from grading.grades.
         */
        grade: Id;
      },
      ...{
        /**
         * An impact level from grading.levels.
         */
        impact: Id;
        /**
         * A frequency level from grading.levels.
         */
        frequency: Id;
        /**
         * The grade this cell yields, from grading.grades.
         */
        grade: Id;
      }[]
    ];
  };
  /**
   * How audits and self-assessments are graded (see SCORING.md).
   */
  scoring?: {
    /**
     * Score bands, highest first. Default: green ≥ 90, amber ≥ 75, red below.
     */
    bands?: Bands;
    /**
     * The overall score an audit needs to pass, 0–100. Default 75.
     */
    passMark?: number;
    /**
     * Named levels for items with the maturity answer set, each with its value between 0 and 1.
     *
     * Items: One maturity level.
     */
    maturityLevels?: {
      /**
       * Id of the level, used in audit responses.
       */
      id: Id;
      /**
       * Name of the level.
       */
      label: Text;
      /**
       * The share of the item's weight this level earns, 0 to 1.
       */
      value: number;
    }[];
  };
  /**
   * Settings for the new hires' knowledge checks.
   */
  knowledgeCheck?: {
    /**
     * Share of right answers, in percent, needed to pass a knowledge check. Default 80.
     */
    passMark?: number;
  };
}
/**
 * One checkable statement an auditor can answer.
 */
export interface StandardItem {
  /**
   * Stable id of the item, unique within the touchpoint; audit records refer to it.
   */
  id: Id;
  /**
   * What must be true, written so it can be checked.
   */
  text: Text;
  /**
   * Dimension, from taxonomies.dimensions (visual, auditory, olfactory, behaviour …).
   */
  dimension: Id;
  /**
   * Tier, from taxonomies.tiers (basic, value-added, emergency).
   */
  tier: Id;
  /**
   * How much the item counts in a score, 0 to 1000; 0 records it without scoring. Default 1.
   */
  weight?: number;
  /**
   * none: an ordinary item. section: failing it zeroes its section. audit: a red line (红线) — failing it fails the whole audit.
   */
  critical?: 'none' | 'section' | 'audit';
  /**
   * How the item is answered: binary (conforms / fails), graded (conforms / partly / fails), maturity (the handbook's levels) or measured (a reading compared with the threshold).
   */
  answers?: 'binary' | 'graded' | 'maturity' | 'measured';
  /**
   * Whether an auditor may answer n/a (not applicable). Default true.
   */
  naAllowed?: boolean;
  /**
   * The measurable limit, such as >= 300 lux; required when answers is measured.
   */
  threshold?: Threshold;
  /**
   * How to check the item on site: where to look, what to measure, with what.
   */
  check?: Text;
  /**
   * Evidence the auditor should keep, such as a photo or a log entry.
   */
  evidence?: Text;
  /**
   * Time allowed to correct a failure of this item; sets the corrective action's due date.
   */
  timeLimit?: Duration;
}
/**
 * standards/touchpoints/<id>.yaml: one place or moment where a customer meets the organisation, with the checkable items that make up its standard.
 */
export interface Touchpoint {
  /**
   * Stable id of the touchpoint, unique in the handbook; by convention the file's name.
   */
  id: Id;
  /**
   * The short code staff use for the touchpoint, such as PM-01.
   */
  code: string;
  /**
   * Name of the touchpoint.
   */
  title: Text;
  /**
   * What the customer meets here and why it matters, in a sentence or two.
   */
  summary?: Text;
  /**
   * Industry, from the handbook's taxonomies.industries.
   */
  industry: Id;
  /**
   * Category, from the handbook's taxonomies.categories.
   */
  category: Id;
  /**
   * Stage of the customer journey, from taxonomies.journeyStages (pre-sale, in-sale, after-sale).
   */
  journeyStage: Id;
  /**
   * Kind of interaction, from taxonomies.channels (physical, digital, emotional).
   */
  channel: Id;
  /**
   * How much this touchpoint shapes the customer's experience, from grading.levels.
   */
  impact: Id;
  /**
   * How often customers meet it, from grading.levels.
   */
  frequency: Id;
  /**
   * Sets the grade by hand instead of the impact × frequency rule, for example a rare touchpoint that makes customers very angry. A reason is required.
   */
  gradeOverride?: {
    /**
     * The grade to use, from grading.grades.
     */
    grade: Id;
    /**
     * Why the rule's grade is not right here (evidence such as complaint intensity).
     */
    reason: Text;
  };
  owner: Owner;
  /**
   * Version of this standard; must equal the newest changelog entry's version.
   */
  version: Version;
  /**
   * Date from which this version applies.
   */
  effective: IsoDate;
  /**
   * Date by which the owner reviews the standard again; a date in the past is flagged.
   */
  reviewBy: IsoDate;
  changelog: Changelog;
  /**
   * Quality indicators (质量指标) the owner tracks for this touchpoint, such as complaint rate or waiting time.
   */
  indicators?: TextList;
  /**
   * The checkable standard items (标准条目) of this touchpoint.
   *
   * @minItems 1
   */
  items: [StandardItem, ...StandardItem[]];
  /**
   * Ids of the SOPs staff follow at this touchpoint.
   */
  sops?: IdList;
  /**
   * Ids of cases from the case library to learn from.
   */
  cases?: IdList;
  questions?: Questions;
}
/**
 * One step of the procedure. The actor is Responsible (R) in the RACI table.
 */
export interface SopStep {
  /**
   * Id of the step, unique within the SOP; branches go to it.
   */
  id: Id;
  /**
   * A short name for the step, shown in the timeline.
   */
  title?: Text;
  /**
   * The role that does the step (Responsible), from roles.
   */
  actor: Id;
  /**
   * What the actor does.
   */
  action: Text;
  /**
   * Time allowed for this step, counted from the trigger or the previous step.
   */
  timeLimit?: Duration;
  /**
   * What to say (话术), word for word where it matters.
   */
  script?: Text;
  /**
   * How a well-done step looks: the quality criteria.
   */
  quality?: TextList;
  /**
   * Who takes over, and when, if the step is not done in time or cannot be done.
   */
  escalation?: {
    /**
     * Escalate when this much time has passed without the step done.
     */
    after?: Duration;
    /**
     * The role escalated to, from roles.
     */
    to: Id;
    /**
     * What the role escalated to does.
     */
    action?: Text;
  };
  /**
   * Decisions at the end of the step: when a condition holds, go to another step instead of the next.
   *
   * Items: One branch: a condition and the step it leads to.
   */
  branches?: {
    /**
     * The condition, such as: documents incomplete.
     */
    when: Text;
    /**
     * Id of the step to go to.
     */
    goto: Id;
  }[];
  /**
   * The role Accountable (A) for the step's outcome, from roles.
   */
  accountable?: Id;
  /**
   * Roles Consulted (C) during the step.
   */
  consulted?: IdList;
  /**
   * Roles Informed (I) of the step's result.
   */
  informed?: IdList;
  /**
   * true when the procedure ends after this step, even if more steps follow (they are reached only by branches).
   */
  end?: boolean;
}
/**
 * standards/sops/<id>.yaml: a step-by-step procedure (SOP) with actors, time limits, scripts, escalations and branches.
 */
export interface Sop {
  /**
   * Stable id of the SOP, unique in the handbook; by convention the file's name.
   */
  id: Id;
  /**
   * The short code staff use for the SOP, such as SOP-CS-01.
   */
  code?: string;
  /**
   * Name of the procedure.
   */
  title: Text;
  /**
   * What the procedure achieves, in a sentence or two.
   */
  summary?: Text;
  /**
   * Ids of the touchpoints this procedure serves.
   */
  touchpoints: IdList;
  /**
   * Tier, from taxonomies.tiers (basic, value-added, emergency).
   */
  tier: Id;
  /**
   * What starts the procedure, such as a complaint received by any channel.
   */
  trigger: Text;
  owner: Owner;
  /**
   * Version of this SOP; must equal the newest changelog entry's version.
   */
  version: Version;
  /**
   * Date from which this version applies.
   */
  effective: IsoDate;
  /**
   * Date by which the owner reviews the SOP again (quarterly is usual); a date in the past is flagged.
   */
  reviewBy?: IsoDate;
  changelog: Changelog;
  /**
   * Priority classes, most urgent first, each with its own time limits (the SLA).
   *
   * Items: One priority class and its time limits.
   */
  priorities?: {
    /**
     * Id of the class, such as urgent, general or enquiry.
     */
    id: Id;
    /**
     * Name of the class.
     */
    label: Text;
    /**
     * Which cases belong to this class.
     */
    definition?: Text;
    /**
     * Time limit to first contact the customer.
     */
    respond?: Duration;
    /**
     * Time limit to give a solution or close the matter.
     */
    resolve?: Duration;
    /**
     * Time limit for the follow-up after resolution.
     */
    followUp?: Duration;
    /**
     * Anything else about this class, such as who is alerted when a limit is missed.
     */
    note?: Text;
  }[];
  /**
   * The people or teams that take part, referred to by id in the steps.
   *
   * @minItems 1
   *
   * Items: One role.
   */
  roles: [
    {
      /**
       * Id of the role, used by steps.
       */
      id: Id;
      /**
       * Name of the role.
       */
      name: Text;
      /**
       * Department the role belongs to.
       */
      department?: Text;
    },
    ...{
      /**
       * Id of the role, used by steps.
       */
      id: Id;
      /**
       * Name of the role.
       */
      name: Text;
      /**
       * Department the role belongs to.
       */
      department?: Text;
    }[]
  ];
  /**
   * The steps in order. Without a branch, a step leads to the next one.
   *
   * @minItems 1
   */
  steps: [SopStep, ...SopStep[]];
  questions?: Questions;
}
/**
 * standards/checklists/<id>.yaml: a scorecard for audits or self-assessments, made of sections that pick touchpoints and their items.
 */
export interface Checklist {
  /**
   * Stable id of the checklist, unique in the handbook; by convention the file's name.
   */
  id: Id;
  /**
   * The short code of the scorecard, such as CL-PM-01.
   */
  code?: string;
  /**
   * Name of the scorecard.
   */
  title: Text;
  /**
   * What the scorecard is for and how to use it.
   */
  summary?: Text;
  purpose: AuditKind;
  /**
   * Industry, from the handbook's taxonomies.industries.
   */
  industry?: Id;
  owner: Owner;
  /**
   * Version of the scorecard; audit records name it. Must equal the newest changelog entry's version.
   */
  version: Version;
  /**
   * Date from which this version applies.
   */
  effective: IsoDate;
  /**
   * Date by which the owner reviews the scorecard again; a date in the past is flagged.
   */
  reviewBy?: IsoDate;
  changelog: Changelog;
  /**
   * What the auditor does before and during the visit.
   */
  instructions?: TextList;
  /**
   * The scorecard's sections, usually one per touchpoint.
   *
   * @minItems 1
   *
   * Items: One section: a touchpoint and the items of it that are scored.
   */
  sections: [
    {
      /**
       * Id of the section, unique within the checklist.
       */
      id: Id;
      /**
       * Heading of the section; the touchpoint's title when left out.
       */
      title?: Text;
      /**
       * Id of the touchpoint this section scores.
       */
      touchpoint: Id;
      /**
       * Ids of the touchpoint's items to score; every item when left out.
       */
      items?: IdList;
      /**
       * Weight of the section in the overall score, above 0 and at most 1000. Give it to every section or to none: without weights the overall score pools all items.
       */
      weight?: number;
    },
    ...{
      /**
       * Id of the section, unique within the checklist.
       */
      id: Id;
      /**
       * Heading of the section; the touchpoint's title when left out.
       */
      title?: Text;
      /**
       * Id of the touchpoint this section scores.
       */
      touchpoint: Id;
      /**
       * Ids of the touchpoint's items to score; every item when left out.
       */
      items?: IdList;
      /**
       * Weight of the section in the overall score, above 0 and at most 1000. Give it to every section or to none: without weights the overall score pools all items.
       */
      weight?: number;
    }[]
  ];
  /**
   * Score bands for this scorecard, replacing the handbook's.
   */
  bands?: Bands;
}
/**
 * The frontmatter of standards/cases/<id>.mdx: a case from the case library. The body must have four parts under second-level headings: background, handling, lessons and regulatory basis (背景描述, 处置过程, 经验总结, 法规依据). A translation lives beside it as <id>.<locale>.mdx with translationOf.
 */
export interface CaseFrontmatter {
  /**
   * Stable id of the case, unique in the handbook; by convention the file's name.
   */
  id: Id;
  /**
   * The case's code in the library, such as CASE-PM-001.
   */
  code: string;
  /**
   * Title of the case.
   */
  title: Text;
  /**
   * The case in one or two sentences, shown in lists and search.
   */
  summary?: Text;
  /**
   * Industry, from the handbook's taxonomies.industries.
   */
  industry: Id;
  /**
   * Ids of the touchpoints the case is about.
   */
  touchpoints: IdList;
  /**
   * Ids of the SOPs the case involves.
   */
  sops?: IdList;
  /**
   * Free keywords for finding the case, such as complaint, queueing, digital.
   */
  tags?: string[];
  /**
   * When the case happened or was written up.
   */
  date: IsoDate;
  /**
   * Before and after figures that show the effect.
   *
   * Items: One measured effect.
   */
  figures?: {
    /**
     * What was measured.
     */
    label: Text;
    /**
     * The value before the change.
     */
    before?: number;
    /**
     * The value after the change (or the change itself when there is no before).
     */
    after: number;
    /**
     * Unit of the values, such as % or min; a map by locale where the unit reads differently in each, such as { zh-CN: 分, en: points }.
     */
    unit?: Text;
    /**
     * Whether a higher or a lower value is better.
     */
    better?: 'higher' | 'lower';
  }[];
}
/**
 * The frontmatter of standards/guides/<id>.mdx: an explanatory page for readers, such as what a touchpoint is or how the measures work.
 */
export interface GuideFrontmatter {
  /**
   * Stable id of the guide; by convention the file's name.
   */
  id: Id;
  /**
   * Title of the guide.
   */
  title: Text;
  /**
   * What the reader learns, in a sentence.
   */
  summary?: Text;
  /**
   * Position in the list of guides, lowest first.
   */
  order?: number;
}
/**
 * The frontmatter of a translated case or guide, <id>.<locale>.mdx: its body is the text in that locale; everything else comes from the original.
 */
export interface TranslationFrontmatter {
  /**
   * Id of the case or guide this file translates.
   */
  translationOf: Id;
  /**
   * Title in this file's locale, when the original's title has no such translation.
   */
  title?: string;
}
/**
 * audits/** /*.yaml or *.json: the responses of one audit or self-assessment, with the versions of the standards it was scored against.
 */
export interface AuditRecord {
  /**
   * An id for the record, unique among the records kept.
   */
  id?: string;
  /**
   * Id of the checklist scored. Leave it out for an ad-hoc audit of chosen touchpoints.
   */
  checklist?: Id;
  /**
   * Version of the checklist when the audit began.
   */
  checklistVersion?: Version;
  /**
   * For an ad-hoc audit without a checklist: the touchpoints scored, one section each.
   */
  touchpoints?: IdList;
  /**
   * Version of the handbook when the audit began.
   */
  handbookVersion: Version;
  /**
   * Version of each touchpoint scored, by touchpoint id, when the audit began.
   */
  standards?: {
    [k: string]: Version | undefined;
  };
  /**
   * Fingerprint of each item as it was scored, by "touchpoint/item": re-scoring against newer standards then names exactly the items added, removed or changed.
   */
  fingerprints?: {
    [k: string]: string | undefined;
  };
  /**
   * The site audited: a building, branch, hall or store.
   */
  site: string;
  /**
   * Who scored it.
   */
  auditor: string;
  /**
   * Date of the visit.
   */
  date: IsoDate;
  kind: AuditKind;
  /**
   * One response per item answered so far.
   *
   * Items: The answer to one item.
   */
  responses: {
    /**
     * Id of the touchpoint the item belongs to.
     */
    touchpoint: Id;
    /**
     * Id of the item.
     */
    item: Id;
    /**
     * The answer: conforms, partly or fails (binary and graded items), a maturity level id (maturity items), or na. Measured items may leave it out: the reading decides.
     */
    value?: string;
    /**
     * The measured value for a measured item, in the threshold's unit.
     */
    reading?: number;
    /**
     * What the auditor saw.
     */
    note?: string;
    /**
     * References to evidence such as photo file names, each listed once.
     */
    evidence?: string[];
  }[];
}
