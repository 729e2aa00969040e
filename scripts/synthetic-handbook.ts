/**
 * A synthetic handbook of N entities for the scale benchmark (scripts/bench.ts) and its CI test
 * (test/e2e/scale.test.ts): ~73% touchpoints (10–20 items, 1–2 questions), ~15% SOPs, ~10% cases
 * (MDX with the four parts and an English translation), ~2% checklists and two guides. The text
 * is zh-CN with English translations, assembled from a fixed list of phrase pairs; a seeded
 * generator makes every run with the same N and seed write the same bytes. The configuration is
 * the example handbook's (standards/handbook.yaml). Valid against the gate with zero errors and
 * zero warnings (review dates lie in 2099).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';

const EXAMPLE_CONFIG = fileURLToPath(new URL('../standards/handbook.yaml', import.meta.url));

/** A zh-CN / en pair. */
type Pair = readonly [string, string];

/** mulberry32: small, fast, good enough to pick words; the same seed gives the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ─────────────────────────────── word list ───────────────────────────────

const PLACES: Pair[] = [
  ['小区人行出入口', 'residential pedestrian gate'],
  ['地下车库', 'underground car park'],
  ['电梯轿厢', 'lift car'],
  ['物业服务中心', 'property service centre'],
  ['门诊挂号窗口', 'outpatient registration window'],
  ['住院部护士站', 'inpatient nurses’ station'],
  ['收费处', 'payment counter'],
  ['网点柜台', 'branch counter'],
  ['自助服务区', 'self-service area'],
  ['智能客服', 'AI customer service'],
  ['营业厅接待区', 'service hall reception'],
  ['营业厅等候区', 'service hall waiting area'],
  ['酒店前台', 'hotel front desk'],
  ['客房', 'guest room'],
  ['餐厅点餐台', 'restaurant ordering counter'],
  ['外卖取餐口', 'delivery pick-up point'],
  ['上门安装', 'home installation visit'],
  ['售后热线', 'after-sales hotline'],
  ['线上商城', 'online shop'],
  ['退换货窗口', 'returns desk'],
  ['停车场收费岗', 'car park pay booth'],
  ['会员服务台', 'membership desk'],
  ['手机银行', 'mobile banking app'],
  ['预约平台', 'booking platform'],
];

const ASPECTS: Pair[] = [
  ['接待服务', 'reception service'],
  ['环境标准', 'environment standard'],
  ['排队等候', 'queueing and waiting'],
  ['业务办理', 'transaction handling'],
  ['投诉受理', 'complaint intake'],
  ['预约与改约', 'booking and rebooking'],
  ['交付与验收', 'delivery and acceptance'],
  ['应急处置', 'incident response'],
  ['结账与开票', 'checkout and invoicing'],
  ['回访关怀', 'follow-up care'],
  ['信息告知', 'customer information'],
  ['秩序维护', 'order and safety'],
];

const ROLES: Pair[] = [
  ['值班保安', 'The guard on duty'],
  ['前台接待员', 'The front-desk agent'],
  ['客服专员', 'The customer service agent'],
  ['柜员', 'The teller'],
  ['厅经理', 'The hall manager'],
  ['护士', 'The nurse'],
  ['收银员', 'The cashier'],
  ['安装工程师', 'The installation engineer'],
  ['值班经理', 'The duty manager'],
  ['保洁员', 'The cleaner'],
  ['服务员', 'The server'],
  ['大堂经理', 'The lobby manager'],
];

const ACTIONS: Pair[] = [
  ['主动起身问候客户，并询问办理何种业务', 'stands up, greets the customer first and asks what they need'],
  ['使用统一口径解释费用、时限和办理条件', 'explains fees, time limits and requirements in the agreed words'],
  [
    '在系统中如实登记客户诉求并告知受理编号',
    'records the request truthfully in the system and gives the customer its reference number',
  ],
  ['保持台面整洁，资料与宣传品分类摆放', 'keeps the counter tidy, with forms and leaflets sorted in their places'],
  ['在客户等候超过预计时间时主动说明原因', 'tells the customer why when the wait runs past the expected time'],
  ['核对客户身份与预约信息后再办理业务', 'checks the customer’s identity and booking before starting'],
  ['对老年客户提供一对一协助，不催促', 'gives older customers one-to-one help and never hurries them'],
  [
    '在离开岗位时放置暂停服务牌并引导客户',
    'puts up a “position closed” sign and directs customers elsewhere when leaving the post',
  ],
  ['发现设施故障时立即报修并设置警示标识', 'reports a faulty facility at once and puts up a warning sign'],
  [
    '办结后双手递交单据并提醒客户核对',
    'hands over the documents with both hands when done and asks the customer to check them',
  ],
  ['用客户偏好的渠道反馈处理结果', 'reports the outcome through the customer’s preferred channel'],
  ['不与客户争执，不推诿，不私自承诺', 'never argues, never passes the customer on and makes no unauthorised promises'],
  ['按规定时限完成首次响应', 'responds for the first time within the set time limit'],
  ['为特殊需要的客户开通绿色通道', 'opens the priority lane for customers with special needs'],
  ['在交接班时完整交代未办结事项', 'hands over every open matter in full at the change of shift'],
];

const CONDITIONS: Pair[] = [
  ['在客流高峰时段', 'at peak times'],
  ['在任何情况下', 'in every case'],
  ['在系统故障期间', 'during a system outage'],
  ['在节假日', 'on public holidays'],
  ['在夜间值班时', 'on night duty'],
  ['在客户情绪激动时', 'when a customer is upset'],
  ['在首次接触客户时', 'at first contact'],
  ['在业务办理全过程中', 'throughout the transaction'],
];

const CHECKS: Pair[] = [
  [
    '在现场观察不少于 30 分钟，记录符合与不符合的次数。',
    'Watch on site for at least 30 minutes and count conforming and failing cases.',
  ],
  ['抽查当月工单 20 张，核对时间戳。', 'Sample 20 of the month’s tickets and check their time stamps.'],
  ['以神秘顾客身份办理一笔业务，记录全过程。', 'Carry out one transaction as a mystery shopper and note every step.'],
  ['调阅监控录像中任意两个时段，逐项核对。', 'Review two periods of the CCTV footage and check item by item.'],
  [
    '查阅交接班记录与巡检表，核对签字与时间。',
    'Read the shift handover log and the inspection sheet; check signatures and times.',
  ],
  [
    '使用照度计或分贝计在三个点位测量取平均值。',
    'Measure at three points with a lux or decibel meter and take the average.',
  ],
];

const EVIDENCE: Pair[] = [
  ['现场照片。', 'A photo taken on site.'],
  ['系统导出记录。', 'The system export.'],
  ['巡检表扫描件。', 'A scan of the inspection sheet.'],
  ['录音或录像片段。', 'An audio or video clip.'],
];

const DEPARTMENTS: Pair[] = [
  ['客户服务中心', 'Customer service centre'],
  ['运营管理部', 'Operations department'],
  ['品质管理部', 'Quality department'],
  ['渠道运营部', 'Channel operations department'],
  ['安全保卫部', 'Security department'],
  ['门诊部', 'Outpatient department'],
];

const REASONS: Pair[] = [
  ['首次发布。', 'First release.'],
  ['根据上季度投诉分析，收紧了响应时限。', 'Tightened the response time after analysing last quarter’s complaints.'],
  ['新增应急条目，覆盖系统故障场景。', 'Added emergency items covering system outages.'],
  ['合并重复条目，统一检查方法。', 'Merged duplicate items and aligned the checking methods.'],
];

const MEASURES: readonly { zh: string; en: string; threshold: string }[] = [
  { zh: '首次响应时长', en: 'time to first response', threshold: '<= 15 min' },
  { zh: '区域照度', en: 'light level', threshold: '>= 300 lux' },
  { zh: '环境噪声', en: 'background noise', threshold: '<= 55 dB' },
  { zh: '室内温度', en: 'indoor temperature', threshold: 'between 18 and 26 °C' },
  { zh: '设施巡检间隔', en: 'interval between inspections', threshold: 'every 15 days' },
  { zh: '平均等候时长', en: 'average wait', threshold: '<= 20 min' },
];

const CASE_PARTS: readonly { zh: string; en: string }[] = [
  { zh: '背景描述', en: 'Background' },
  { zh: '处置过程', en: 'Handling' },
  { zh: '经验总结', en: 'Lessons' },
  { zh: '法规依据', en: 'Regulatory basis' },
];

const LAWS: Pair[] = [
  [
    '《中华人民共和国消费者权益保护法》：经营者应当保障消费者的知情权与公平交易权。',
    'Consumer Rights Protection Law of the PRC: businesses must protect consumers’ right to information and fair dealing.',
  ],
  [
    '《物业管理条例》：物业服务企业应当按照合同约定提供服务。',
    'Regulations on Property Management: property service companies provide the services their contracts promise.',
  ],
  [
    '《中华人民共和国个人信息保护法》：收集个人信息应当告知并取得同意。',
    'Personal Information Protection Law of the PRC: collecting personal information needs notice and consent.',
  ],
  [
    '《医疗机构投诉管理办法》：投诉应当在规定时限内处理并答复。',
    'Measures for Complaint Management in Medical Institutions: complaints are handled and answered within set time limits.',
  ],
];

// ─────────────────────────────── assembly ───────────────────────────────

interface Gen {
  next: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
}

function gen(seed: number): Gen {
  const next = rng(seed);
  return {
    next,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

type Text = { 'zh-CN': string; en: string };
const text = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A checkable sentence: who does what, when. */
function sentence(g: Gen): Text {
  const [rz, re] = g.pick(ROLES);
  const [az, ae] = g.pick(ACTIONS);
  const [cz, ce] = g.pick(CONDITIONS);
  return text(`${cz}，${rz}${az}。`, `${cap(ce)}, ${re.charAt(0).toLowerCase()}${re.slice(1)} ${ae}.`);
}

function paragraph(g: Gen, sentences: number): Text {
  const parts = Array.from({ length: sentences }, () => sentence(g));
  return text(parts.map((p) => p['zh-CN']).join(''), parts.map((p) => p.en).join(' '));
}

function title(g: Gen): Text {
  const [pz, pe] = g.pick(PLACES);
  const [az, ae] = g.pick(ASPECTS);
  return text(`${pz}${az}`, cap(`${pe} ${ae}`));
}

function changelog(g: Gen): { version: string; entries: { version: string; date: string; reason: Text }[] } {
  const count = g.int(1, 3);
  const entries = Array.from({ length: count }, (_, i) => {
    const minor = count - 1 - i;
    const [zh, en] = i === count - 1 ? REASONS[0]! : g.pick(REASONS.slice(1));
    return { version: `1.${minor}.0`, date: `2026-${String(10 - i * 3).padStart(2, '0')}-01`, reason: text(zh, en) };
  });
  return { version: entries[0]!.version, entries };
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

/**
 * Who keeps a touchpoint, SOP or checklist and its versions: the fields the three share, in
 * their order. Picks the owner from `g` where the caller's data would, so the handbook a seed
 * makes does not change.
 */
function ownerAndVersions(g: Gen, log: ReturnType<typeof changelog>) {
  const [dz, de] = g.pick(DEPARTMENTS);
  return {
    owner: text(dz, de),
    version: log.version,
    effective: log.entries[0]!.date,
    reviewBy: '2099-12-31',
    changelog: log.entries,
  };
}

/** What a bare page shows of an entity: its title and items (steps, parts, sections) as text. */
/**
 * What the bare-Astro floor renders for an entity: its title and the prose a reader reads on its
 * page (summary; items with how to check them and the evidence; SOP trigger, steps, scripts and
 * quality points; case bodies), as plain paragraphs. Not the metadata, badges, navigation,
 * changelog, questions or islands: that is what the handbook adds, and what the ratio measures.
 */
export interface FloorEntity {
  kind: 'touchpoint' | 'sop' | 'case' | 'checklist' | 'guide';
  id: string;
  title: Text;
  items: Text[];
}

/** The texts of a list of optional values, in order. */
const prose = (...values: unknown[]): Text[] =>
  values.flat(3).filter((v): v is Text => typeof v === 'object' && v !== null && 'zh-CN' in v);

export interface SyntheticHandbook {
  dir: string;
  /** Every entity's title and items, for the bare-Astro floor (scripts/bench.ts). */
  entities: FloorEntity[];
  /** Entities by kind (a case counts once, with its translation). */
  counts: { touchpoints: number; sops: number; cases: number; checklists: number; guides: number };
  /** Files written (handbook.yaml, translations included). */
  files: number;
  /** Bytes written. */
  bytes: number;
}

/** How N entities split into kinds. */
export function mix(n: number): SyntheticHandbook['counts'] {
  if (n < 10) throw new Error(`A synthetic handbook needs at least 10 entities (asked for ${n}).`);
  const guides = 2;
  const checklists = Math.max(2, Math.round(n * 0.02));
  const cases = Math.round(n * 0.1);
  const sops = Math.round(n * 0.15);
  return { touchpoints: n - guides - checklists - cases - sops, sops, cases, checklists, guides };
}

interface Taxonomy {
  industries: string[];
  categories: string[];
  journeyStages: string[];
  channels: string[];
  dimensions: string[];
  tiers: string[];
  levels: string[];
}

function taxonomy(config: Record<string, unknown>): Taxonomy {
  const tx = config['taxonomies'] as Record<string, { id: string }[]>;
  const ids = (key: string) => (tx[key] ?? []).map((t) => t.id);
  const grading = config['grading'] as { levels: { id: string }[] };
  return {
    industries: ids('industries'),
    categories: ids('categories'),
    journeyStages: ids('journeyStages'),
    channels: ids('channels'),
    dimensions: ids('dimensions'),
    tiers: ids('tiers'),
    levels: grading.levels.map((l) => l.id),
  };
}

function question(g: Gen, id: string): Record<string, unknown> {
  const multiple = g.next() < 0.3;
  const count = g.int(3, 4);
  const correct = new Set(multiple ? [0, 1 + g.int(0, count - 2)] : [g.int(0, count - 1)]);
  const [pz, pe] = g.pick(PLACES);
  return {
    id,
    prompt: text(
      `在${pz}，下列哪${multiple ? '些' : '一'}做法符合标准？${multiple ? '（多选）' : ''}`,
      `At the ${pe}, which ${multiple ? 'practices meet' : 'practice meets'} the standard?${multiple ? ' (choose all that apply)' : ''}`,
    ),
    ...(multiple ? { multiple: true } : {}),
    options: Array.from({ length: count }, (_, i) => {
      const [az, ae] = g.pick(ACTIONS);
      return {
        id: String.fromCharCode(97 + i),
        text: text(correct.has(i) ? az : `只在被要求时才${az}`, correct.has(i) ? cap(ae) : `Only when asked, ${ae}`),
        ...(correct.has(i) ? { correct: true } : {}),
      };
    }),
    explanation: paragraph(g, 1),
  };
}

function yamlFile(schema: string, data: unknown): string {
  return `# yaml-language-server: $schema=../../schemas/${schema}.schema.json\n${stringify(data, { lineWidth: 0 })}`;
}

/**
 * Writes a handbook of n entities into dir (created; must be empty or missing). The same n and
 * seed write the same files.
 */
export function generateHandbook(dir: string, n: number, seed = 20261101): SyntheticHandbook {
  const counts = mix(n);
  const g = gen(seed);
  const configText = readFileSync(EXAMPLE_CONFIG, 'utf8');
  const config = (parseYaml(configText) ?? {}) as Record<string, unknown>;
  const tx = taxonomy(config);
  let files = 0;
  let bytes = 0;
  const entities: FloorEntity[] = [];
  const write = (path: string, content: string) => {
    const full = join(dir, path);
    writeFileSync(full, content);
    files++;
    bytes += Buffer.byteLength(content);
  };
  for (const folder of ['touchpoints', 'sops', 'cases', 'checklists', 'guides'])
    mkdirSync(join(dir, folder), { recursive: true });
  write(
    'handbook.yaml',
    configText.replace(
      /^title:[\s\S]*?(?=^organisation:)/m,
      'title:\n  zh-CN: 服务触点标准手册（规模基准）\n  en: Service Touchpoint Standards Handbook (scale benchmark)\n',
    ),
  );

  const tpIds = Array.from({ length: counts.touchpoints }, (_, i) => `tp-${pad(i)}`);
  const sopIds = Array.from({ length: counts.sops }, (_, i) => `sop-${pad(i)}`);
  const caseIds = Array.from({ length: counts.cases }, (_, i) => `case-${pad(i)}`);
  const items = new Map<string, string[]>();

  // Links are written on one side only (SOP → touchpoints, case → touchpoints and SOPs); the
  // model's backlinks find the other side, as they do for real handbooks.
  const sopTouchpoints = sopIds.map(() => [...new Set(Array.from({ length: g.int(1, 4) }, () => g.pick(tpIds)))]);

  for (const [i, id] of tpIds.entries()) {
    const log = changelog(g);
    const itemCount = g.int(10, 20);
    const itemIds: string[] = [];
    const itemList = Array.from({ length: itemCount }, (_, k) => {
      const itemId = `item-${k + 1}`;
      itemIds.push(itemId);
      const measured = g.next() < 0.2;
      const item: Record<string, unknown> = {
        id: itemId,
        text: sentence(g),
        dimension: g.pick(tx.dimensions),
        tier: k === itemCount - 1 ? 'emergency' : g.next() < 0.8 ? 'basic' : 'value-added',
      };
      if (g.next() < 0.3) item['weight'] = g.int(2, 3);
      if (g.next() < 0.05) item['critical'] = 'section';
      if (measured) {
        const m = g.pick(MEASURES);
        item['text'] = text(`${m.zh}符合标准（${m.threshold}）。`, `The ${m.en} meets the standard (${m.threshold}).`);
        item['answers'] = 'measured';
        item['threshold'] = m.threshold;
      } else if (g.next() < 0.3) item['answers'] = 'binary';
      const [cz, ce] = g.pick(CHECKS);
      item['check'] = text(cz, ce);
      if (g.next() < 0.4) {
        const [ez, ee] = g.pick(EVIDENCE);
        item['evidence'] = text(ez, ee);
      }
      if (g.next() < 0.2) item['timeLimit'] = `P${g.int(1, 7)}D`;
      return item;
    });
    items.set(id, itemIds);
    const owned = ownerAndVersions(g, log);
    const data = {
      id,
      code: `TP-${pad(i)}`,
      title: title(g),
      summary: paragraph(g, 2),
      industry: g.pick(tx.industries),
      category: g.pick(tx.categories),
      journeyStage: g.pick(tx.journeyStages),
      channel: g.pick(tx.channels),
      impact: g.pick(tx.levels),
      frequency: g.pick(tx.levels),
      ...owned,
      indicators: [
        text('客户满意度', 'Customer satisfaction'),
        text('相关投诉数（每月）', 'Related complaints (per month)'),
      ],
      items: itemList,
      questions: Array.from({ length: g.int(1, 2) }, (_, k) => question(g, `q${k + 1}`)),
    };
    write(`touchpoints/${id}.yaml`, yamlFile('touchpoint', data));
    entities.push({
      kind: 'touchpoint',
      id,
      title: data.title,
      items: prose(
        data.summary,
        itemList.map((i) => [i['text'], i['check'], i['evidence']]),
      ),
    });
  }

  for (const [i, id] of sopIds.entries()) {
    const log = changelog(g);
    const roleCount = g.int(2, 4);
    const roles = Array.from({ length: roleCount }, (_, k) => {
      const [rz, re] = ROLES[(i + k) % ROLES.length]!;
      const [dz, de] = g.pick(DEPARTMENTS);
      return { id: `role-${k + 1}`, name: text(rz, re.replace(/^The /, '')), department: text(dz, de) };
    });
    const stepCount = g.int(3, 8);
    const steps = Array.from({ length: stepCount }, (_, k) => {
      const step: Record<string, unknown> = {
        id: `step-${k + 1}`,
        title: text(g.pick(ASPECTS)[0], cap(g.pick(ASPECTS)[1])),
        actor: `role-${g.int(1, roleCount)}`,
        action: paragraph(g, 2),
      };
      if (g.next() < 0.6) step['timeLimit'] = g.pick(['PT3M', 'PT15M', 'PT2H', 'PT24H', 'P3D']);
      if (g.next() < 0.3)
        step['script'] = text(
          '您好，我们已经收到您的诉求，会在规定时限内给您答复。',
          'Hello, we have your request and will answer you within the set time.',
        );
      if (g.next() < 0.5) step['quality'] = [sentence(g)];
      if (k < stepCount - 1 && g.next() < 0.3)
        step['escalation'] = { after: 'PT2H', to: 'role-1', action: sentence(g) };
      if (k < stepCount - 2 && g.next() < 0.25)
        step['branches'] = [{ when: text('资料不全', 'Documents are incomplete'), goto: `step-${stepCount}` }];
      step['accountable'] = 'role-1';
      return step;
    });
    const owned = ownerAndVersions(g, log);
    const data: Record<string, unknown> = {
      id,
      code: `SOP-${pad(i)}`,
      title: title(g),
      summary: paragraph(g, 2),
      touchpoints: sopTouchpoints[i],
      tier: g.pick(tx.tiers),
      trigger: sentence(g),
      ...owned,
    };
    if (g.next() < 0.4) {
      data['priorities'] = [
        {
          id: 'urgent',
          label: text('紧急', 'Urgent'),
          definition: text('涉及人身安全或大面积影响。', 'Personal safety or wide impact.'),
          respond: 'PT15M',
          resolve: 'PT4H',
          followUp: 'P1D',
        },
        { id: 'general', label: text('一般', 'General'), respond: 'PT2H', resolve: 'P2D', followUp: 'P7D' },
      ];
    }
    data['roles'] = roles;
    data['steps'] = steps;
    if (g.next() < 0.5) data['questions'] = [question(g, 'q1')];
    write(`sops/${id}.yaml`, yamlFile('sop', data));
    entities.push({
      kind: 'sop',
      id,
      title: data['title'] as Text,
      items: prose(
        data['summary'],
        data['trigger'],
        steps.map((st) => [
          st['title'],
          st['action'],
          st['script'],
          st['quality'],
          (st['escalation'] as { action?: Text } | undefined)?.action,
        ]),
      ),
    });
  }

  for (const [i, id] of caseIds.entries()) {
    const tps = [...new Set(Array.from({ length: g.int(1, 2) }, () => g.pick(tpIds)))];
    const sops = g.next() < 0.5 && sopIds.length > 0 ? [g.pick(sopIds)] : [];
    const t = title(g);
    const summary = paragraph(g, 2);
    const front = {
      id,
      code: `CASE-${pad(i)}`,
      title: t,
      summary,
      industry: g.pick(tx.industries),
      touchpoints: tps,
      ...(sops.length ? { sops } : {}),
      tags: [g.pick(['queueing', 'complaint', 'digital', 'safety', 'elderly', 'cleaning'])],
      date: `2026-${String(g.int(1, 12)).padStart(2, '0')}-15`,
      figures: [
        {
          label: text('投诉数', 'Complaints'),
          before: g.int(20, 90),
          after: g.int(1, 19),
          unit: '件',
          better: 'lower',
        },
      ],
    };
    const bodies = CASE_PARTS.map((part, k) => {
      const p = paragraph(g, k === 1 ? 4 : 3);
      const law = g.pick(LAWS);
      return { part, zh: k === 3 ? `- ${law[0]}` : p['zh-CN'], en: k === 3 ? `- ${law[1]}` : p.en };
    });
    const embed = i % 3 === 0 ? `\n\n<Touchpoint id="${tps[0]}" />` : '';
    const zh = bodies.map((b) => `## ${b.part.zh}\n\n${b.zh}`).join('\n\n');
    const en = bodies.map((b) => `## ${b.part.en}\n\n${b.en}`).join('\n\n');
    write(`cases/${id}.mdx`, `---\n${stringify(front, { lineWidth: 0 })}---\n\n${zh}${embed}\n`);
    entities.push({ kind: 'case', id, title: t, items: [summary, ...bodies.map((b) => text(b.zh, b.en))] });
    write(
      `cases/${id}.en.mdx`,
      `---\n${stringify({ translationOf: id, title: t.en }, { lineWidth: 0 })}---\n\n${en}${embed}\n`,
    );
  }

  for (let i = 0; i < counts.checklists; i++) {
    const id = `cl-${pad(i)}`;
    const log = changelog(g);
    const chosen = [...new Set(Array.from({ length: g.int(3, 8) }, () => g.pick(tpIds)))];
    const owned = ownerAndVersions(g, log);
    const data = {
      id,
      code: `CL-${pad(i)}`,
      title: title(g),
      summary: paragraph(g, 1),
      purpose: g.pick(['self-assessment', 'mystery-shopper', 'internal-audit']),
      ...owned,
      instructions: [text('按客户实际经历的顺序逐项评分。', 'Score in the order a customer meets the items.')],
      sections: chosen.map((tp, k) => {
        const own = items.get(tp)!;
        return {
          id: `section-${k + 1}`,
          touchpoint: tp,
          ...(g.next() < 0.5 ? { items: own.slice(0, g.int(1, own.length)) } : {}),
        };
      }),
    };
    write(`checklists/${id}.yaml`, yamlFile('checklist', data));
    entities.push({
      kind: 'checklist',
      id,
      title: data.title,
      items: [data.summary, ...data.instructions, ...data.sections.map((sec) => text(sec.touchpoint, sec.touchpoint))],
    });
  }

  write(
    'guides/start.mdx',
    `---\nid: start\ntitle:\n  zh-CN: 从这里开始\n  en: Start here\norder: 1\n---\n\n先读 <Touchpoint id="${tpIds[0]}" />，再看各行业的触点标准。\n`,
  );
  write(
    'guides/start.en.mdx',
    `---\ntranslationOf: start\ntitle: Start here\n---\n\nRead <Touchpoint id="${tpIds[0]}" /> first, then the touchpoint standards of each industry.\n`,
  );
  const grading = paragraph(g, 4);
  write(
    'guides/grading.mdx',
    `---\nid: grading\ntitle:\n  zh-CN: 触点分级\n  en: Grading touchpoints\norder: 2\n---\n\n${grading['zh-CN']}\n`,
  );
  entities.push({
    kind: 'guide',
    id: 'start',
    title: text('从这里开始', 'Start here'),
    items: [text('先读触点标准。', 'Read the touchpoint standards first.')],
  });
  entities.push({
    kind: 'guide',
    id: 'grading',
    title: text('触点分级', 'Grading touchpoints'),
    items: [text(grading['zh-CN'], grading['zh-CN'])],
  });
  return { dir, entities, counts, files, bytes };
}
