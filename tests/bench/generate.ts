// Deterministic benchmark content: a work plan of the same genre as a provincial 工作要点
// (sections, numbered tasks, a responsibility parenthesis naming units and a deadline), and the
// progress text units write back. Same seed, same output: figures stay comparable between runs.
import type { ParsedPlan, ParsedTask, ProgressStatus, TaskUnits } from '../../electron/shared/types';

/** mulberry32: tiny, fast, good enough for test data, and stable across Node versions. */
export function prng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)]!,
    chance: (p: number) => next() < p,
    /** k distinct items, in random order. */
    sample<T>(items: readonly T[], k: number): T[] {
      const copy = [...items];
      const out: T[] = [];
      for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(int(copy.length), 1)[0]!);
      return out;
    },
    shuffle<T>(items: readonly T[]): T[] {
      return this.sample(items, items.length);
    },
  };
}

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: readonly T[]): T[];
}

const DEPARTMENTS = [
  '省发展改革委', '省财政厅', '省科技厅', '省工信厅', '省教育厅', '省公安厅', '省司法厅', '省人社厅',
  '省自然资源厅', '省生态环境厅', '省住建厅', '省交通运输厅', '省水利厅', '省农业农村厅', '省商务厅',
  '省文旅厅', '省卫健委', '省应急厅', '省审计厅', '省国资委', '省市场监管局', '省广电局', '省体育局',
  '省统计局', '省医保局', '省林草局', '省知识产权局', '省地方金融监管局', '省能源局', '省药监局',
  '省小企业局', '省贸促会', '省法院', '省检察院', '省委组织部', '省委宣传部', '省委网信办', '省外事办',
  '省科协', '省总工会', '省民政厅', '省退役军人厅', '省信访局', '省机关事务管理局', '省粮食和储备局',
  '省气象局', '省通信管理局', '省税务局', '省邮政管理局', '太原海关', '人行太原中心支行', '省银保监局',
  '省证监局', '省档案局', '省民宗委', '省人防办', '省乡村振兴局', '省数据局', '省政务服务管理局',
  '省社科院', '省农科院', '省科学院', '综改示范区管委会', '省委编办', '省委政法委', '省妇联', '团省委',
  '省残联', '省供销社', '省地矿局', '省煤田地质局', '省测绘地理信息局', '省文物局', '省中医药管理局',
  '省疾控中心', '省消防救援总队', '省电力公司', '省铁路办', '省民航发展局', '省地震局',
];
const CITIES = ['太原', '大同', '朔州', '忻州', '阳泉', '吕梁', '晋中', '长治', '晋城', '临汾', '运城'];
const NATIONAL = [
  '国家知识产权局战略规划司', '国家知识产权局保护司', '国家知识产权局运用促进司', '国家知识产权局公共服务司',
  '国家知识产权局人事司', '国家知识产权局国际合作司', '国家知识产权局办公室', '国家知识产权局条法司',
];

/** `count` distinct provincial unit names: departments first, then city governments. */
export function provincialUnits(count: number): string[] {
  const names = [...DEPARTMENTS, ...CITIES.map((c) => `${c}市政府`), ...CITIES.map((c) => `${c}市知识产权局`)];
  if (count > names.length) throw new Error(`at most ${names.length} units`);
  return names.slice(0, count);
}

const VERBS = ['深入实施', '加快推进', '持续完善', '积极探索', '全面落实', '统筹推进', '大力开展', '扎实推进', '着力构建', '进一步健全', '组织开展', '稳步推进'];
const OBJECTS = [
  '知识产权保护中心建设', '专利导航服务基地建设', '高价值专利培育工程', '地理标志品牌培育', '商标品牌指导站建设',
  '知识产权质押融资', '专利转化专项计划', '知识产权公共服务网点布局', '知识产权纠纷多元化解机制', '行政裁决规范化建设',
  '海外知识产权纠纷应对指导', '知识产权人才培养', '知识产权信息公共服务', '知识产权代理行业监管', '“蓝天”专项整治行动',
  '数据知识产权登记试点', '知识产权强县建设试点', '知识产权运营服务体系', '中小企业知识产权托管', '重点产业专利池建设',
  '知识产权快速协同保护', '跨区域行政保护协作', '知识产权信用监管', '技术合同登记与转化', '版权产业发展',
  '植物新品种保护', '集成电路布图设计保护', '中医药传统知识保护', '展会知识产权保护', '电商平台知识产权治理',
];
const PURPOSES = [
  '服务支撑高质量转型发展', '提升知识产权创造质量', '优化创新环境和营商环境', '促进创新成果转移转化',
  '增强产业核心竞争力', '助力乡村振兴', '推动区域协调发展', '提高公共服务便利化水平', '维护公平竞争的市场秩序',
  '激发全社会创新活力',
];
const DETAILS = [
  '建立健全工作台账，明确时间节点和责任人', '加强部门协同和上下联动', '完善配套政策和激励措施',
  '定期开展督促检查和绩效评估', '总结推广典型经验做法', '加大宣传培训力度', '强化资金保障和人才支撑',
  '推动重点企业和园区先行先试', '建立常态化会商机制', '开展专项调研形成工作报告',
];
const INDUSTRIES = [
  '新能源汽车', '生物医药', '半导体', '煤机装备', '特种金属材料', '光伏', '氢能', '数字经济', '现代农业', '文化旅游',
  '中医药', '高端装备制造', '新材料', '节能环保', '信创', '合成生物', '碳基新材料', '通用航空', '大数据', '人工智能',
  '轨道交通', '现代煤化工', '杂粮加工', '陶瓷', '钢铁', '铝镁合金', '电子信息', '智能制造', '物流', '会展',
];
const TARGETS = ['知识产权优势企业', '专利导航项目', '高价值专利组合', '地理标志产品', '商标品牌', '知识产权服务机构', '专利转化项目', '维权援助工作站'];
const PLACES = [...['太原', '大同', '朔州', '忻州', '阳泉', '吕梁', '晋中', '长治', '晋城', '临汾', '运城'], '综改示范区', '各国家级开发区'];

/** The specific part of a task: which industries, where, how many of what. Real tasks name such things. */
function specifics(rng: Rng): string {
  const [a, b] = rng.sample(INDUSTRIES, 2);
  const [p, q] = rng.sample(PLACES, 2);
  return `聚焦${a}、${b}等产业，在${p}、${q}等地培育${2 + rng.int(48)}个${rng.pick(TARGETS)}。`;
}

const SECTION_TITLES = [
  '集聚资源加快知识产权强省建设', '大力推进知识产权保护体系建设', '聚力推动知识产权支撑产业转型发展',
  '全力打造知识产权助力乡村振兴样板', '深入开展“蓝天”行动', '健全知识产权信息公共服务体系',
  '加强知识产权人才交流与培养', '深化知识产权领域改革', '提升知识产权国际合作水平', '强化组织保障和督促落实',
];

export interface PlanSpec {
  tasks: number;
  units: number;
  /** Provincial units named per task besides the lead, on average. */
  extraUnitsPerTask: number;
  tasksPerSection: number;
  startYear: number;
  endYear: number;
  seed: number;
  title: string;
}

export interface GeneratedPlan {
  /** The plan as `plans.import` takes it. */
  plan: ParsedPlan;
  /** The same plan as the official would paste it (genre of the seed plan). */
  text: string;
  units: string[];
  national: string[];
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 40 → 四十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

function uniqueContent(rng: Rng, used: Set<string>): string {
  for (;;) {
    const first = `${rng.pick(VERBS)}${rng.pick(OBJECTS)}，${rng.pick(DETAILS)}，${rng.pick(PURPOSES)}。`;
    const second = rng.chance(0.5) ? `${rng.pick(VERBS)}${rng.pick(OBJECTS)}，${rng.pick(DETAILS)}。` : '';
    const content = first + specifics(rng) + second;
    if (!used.has(content)) {
      used.add(content);
      return content;
    }
  }
}

interface Deadline {
  text: string;
  date: string | null;
  continuous: boolean;
}

function deadlineFor(rng: Rng, startYear: number, endYear: number): Deadline {
  if (rng.chance(0.3)) return { text: rng.pick(['持续推进', '长期坚持']), date: null, continuous: true };
  const year = startYear + rng.int(endYear - startYear + 1);
  const month = rng.pick([3, 6, 9, 12, 12, 12]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { text: `${year}年${month}月底前完成`, date: `${year}-${String(month).padStart(2, '0')}-${last}`, continuous: false };
}

/** The responsibility parenthesis, in the seed plan's phrasing (roles separated by ；/;). */
function responsibilityText(units: TaskUnits, deadline: Deadline): string {
  const parts: string[] = [];
  if (units.joint.length) {
    parts.push(`${units.lead.join('、')}牵头，${units.joint.join('、')}按职责分工负责`);
  } else {
    parts.push(`${units.lead.join('、')}${units.lead.length > 1 ? '按职责分工负责' : '负责'}`);
  }
  if (units.cooperating.length) parts.push(`${units.cooperating.join('、')}配合`);
  if (units.national.length) parts.push(`${units.national.join('、')}负责`);
  return `${parts.join('；')}。${deadline.text}`;
}

/** Splits `count` extra units into joint and cooperating roles. */
function assignUnits(rng: Rng, pool: readonly string[], lead: string, extra: number, national: readonly string[]): TaskUnits {
  const others = rng.sample(
    pool.filter((u) => u !== lead),
    extra,
  );
  const cooperatingCount = others.length > 1 ? rng.int(Math.ceil(others.length / 3) + 1) : 0;
  return {
    lead: [lead],
    joint: others.slice(cooperatingCount),
    cooperating: others.slice(0, cooperatingCount),
    national: rng.chance(0.8) ? [rng.pick(national)] : [],
  };
}

export function generatePlan(spec: PlanSpec): GeneratedPlan {
  const rng = prng(spec.seed);
  const units = provincialUnits(spec.units);
  const sectionCount = Math.max(1, Math.ceil(spec.tasks / spec.tasksPerSection));
  const sections = Array.from({ length: sectionCount }, (_, i) => ({
    numeral: chineseNumeral(i + 1),
    title: i < SECTION_TITLES.length ? SECTION_TITLES[i]! : `${rng.pick(VERBS)}${rng.pick(OBJECTS)}`,
  }));
  const used = new Set<string>();
  const tasks: ParsedTask[] = [];
  const lines = [
    `根据《省政府和国家知识产权局共建知识产权强省实施方案》，制定${spec.startYear}-${spec.endYear}年工作要点如下：`,
  ];
  for (let i = 0; i < spec.tasks; i++) {
    const sectionIndex = Math.floor(i / spec.tasksPerSection);
    if (i % spec.tasksPerSection === 0) lines.push(`${sections[sectionIndex]!.numeral}、${sections[sectionIndex]!.title}`);
    // Leads rotate so each unit leads about as many tasks as any other; extras are random.
    const lead = units[i % units.length]!;
    const extra = Math.max(0, Math.round(spec.extraUnitsPerTask + (rng.next() - 0.5) * spec.extraUnitsPerTask));
    const taskUnits = assignUnits(rng, units, lead, Math.min(extra, units.length - 1), NATIONAL);
    const deadline = deadlineFor(rng, spec.startYear, spec.endYear);
    const content = uniqueContent(rng, used);
    const responsibility = responsibilityText(taskUnits, deadline);
    const seq = String(i + 1);
    tasks.push({
      seq,
      sectionIndex,
      content,
      responsibilityText: responsibility,
      units: taskUnits,
      deadline: deadline.date,
      deadlineText: deadline.text,
      continuous: deadline.continuous,
      warnings: [],
    });
    // The seed mixes ASCII and full-width brackets; so do we.
    const [open, close] = rng.chance(0.5) ? ['(', ')'] : ['（', '）'];
    lines.push(`${seq}. ${content}${open}${responsibility}${close}`);
  }
  return {
    plan: {
      title: spec.title,
      description: lines[0]!,
      startYear: spec.startYear,
      endYear: spec.endYear,
      sections,
      tasks,
      warnings: [],
    },
    text: `${spec.title}\n${lines.join('\n')}\n`,
    units,
    national: NATIONAL,
  };
}

const DONE = ['已完成年度目标任务', '完成阶段性工作', '按期推进相关工作', '形成初步工作方案', '召开专题推进会'];
const COUNTS = ['3场', '5次', '12家', '20余项', '8个', '150人次', '2批'];
const PROBLEMS = ['资金保障不足', '专业人才短缺', '部门协同机制有待完善', '基层工作力量薄弱', '企业参与积极性不高', '统计口径不统一'];
const NEXT = ['加强督促指导', '完善工作机制', '加大宣传力度', '推动政策落地见效', '开展专项检查', '总结经验做法'];

export const STATUS_WORDS: Record<ProgressStatus, readonly string[]> = {
  completed: ['已完成', '完成'],
  on_track: ['正常推进', '推进中', '按计划推进'],
  delayed: ['滞后', '进度滞后'],
  not_started: ['未启动', '未开展'],
};

export interface ProgressText {
  status: ProgressStatus;
  statusWord: string;
  progress: string;
  problems: string;
  nextSteps: string;
}

/** What a unit might write about one task in one period. */
export function progressText(rng: Rng, periodLabel: string): ProgressText {
  const r = rng.next();
  const status: ProgressStatus = r < 0.25 ? 'completed' : r < 0.8 ? 'on_track' : r < 0.93 ? 'delayed' : 'not_started';
  return {
    status,
    statusWord: rng.pick(STATUS_WORDS[status]),
    progress:
      `${periodLabel}，我单位${rng.pick(VERBS)}${rng.pick(OBJECTS)}，${rng.pick(DONE)}，` +
      `累计开展相关工作${rng.pick(COUNTS)}，${rng.pick(DETAILS)}。`,
    problems: rng.chance(0.5) ? `${rng.pick(PROBLEMS)}。` : '',
    nextSteps: `下一步将${rng.sample(NEXT, 2).join('，')}。`,
  };
}
