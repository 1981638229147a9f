// Pure rules about unit (单位) names: cleaning what a plan wrote, recognising national bodies,
// and the matching key that makes "山西省市场监督管理局" and "省市场监管局" the same unit.
import { memoize } from '../memo';

// Shared with the interface, which lists collective names apart in its unit pickers.
import { isCollectiveUnit } from '../../shared/unitOrder';
export { isCollectiveUnit };

/** One level of local government in a collective name, with the levels it includes in brackets: "县（市、区）". */
const LEVEL = '[市县区州盟旗](?:[（(][^（()）]*[)）])?';
/** Words that pick some of the levels out: "沿线各市", "有关各市", "试点各县". */
const WHICH_LEVELS = '(?:(?:沿线|沿江|沿河|沿湖|沿海|沿边|沿黄|流域|有关|相关|重点|试点|涉及|所在|全省|全市)的?)';
/** "各市", "各设区的市、县", "沿线各市": levels listed before the name they share, which is not yet a name of its own. */
const LEVELS_BEFORE_SHARED_NAME = new RegExp(`^${WHICH_LEVELS}?各(?:有关|相关)?(?:设区的?)?${LEVEL}(?:、${LEVEL})*$`);
const STARTS_WITH_LEVEL = /^[市县区州盟旗乡镇]/;

/**
 * In "各市、县（市、区）人民政府" the 、 lists levels of government, not units: "各市" and the
 * "县（市、区）人民政府" after it are one collective name.
 */
export function sharesNameWithNext(listed: string, next: string): boolean {
  return LEVELS_BEFORE_SHARED_NAME.test(listed) && STARTS_WITH_LEVEL.test(next);
}

/** A party committee or a government itself ("省委", "省政府", "太原市委"), not one of its bodies. */
export const BARE_AUTHORITY = /^(?:中共)?(?:[\u4e00-\u9fff]{2,3}[省市县区州]|[省市县区州])(?:委|人民政府|政府)$/;
/** The other authority of the same level's body: "省政府督查室" after "省委". */
const AUTHORITY_BODY = /^(?:中共)?(?:[\u4e00-\u9fff]{2,3}[省市县区州]|[省市县区州])(?:委|人民政府|政府)(?=.)/;
/** Offices the committee and the government share (合署): "省委、省政府督查室", "市委、市政府信访办". */
const SHARED_OFFICE = /(?:室|办|办公室|厅)$/;
const levelOf = (authority: string) => authority.replace(/^中共/, '').replace(/(?:委|人民政府|政府)$/, '');

/**
 * In "省委、省政府督查室" the 、 joins the two authorities an office serves: one unit. Not "省委办公厅、
 * 省政府办公厅", where the first is a unit of its own.
 */
export function sharesOfficeWithNext(listed: string, next: string): boolean {
  const body = AUTHORITY_BODY.exec(next);
  if (!BARE_AUTHORITY.test(listed) || body === null || !SHARED_OFFICE.test(next)) return false;
  // "太原市委、市政府督查室": the second may leave out the place the first names.
  const [first, second] = [levelOf(listed), levelOf(body[0])];
  return first.endsWith(second) || second.endsWith(first);
}

/**
 * In "各乡镇党委、政府" the bare 政府 after a 党委 is the government of the same towns: together they are
 * one (collective) name, never a unit called "政府".
 */
export function governmentOfCommitteeBefore(listed: string, next: string): boolean {
  return /党委$/.test(listed) && /^(?:人民)?政府$/.test(next);
}

/**
 * "省委、省政府信访局", "省委、省政府": a committee listed before the government of its level (or the other
 * way round), where the plan may mean a body they share. Not "太原市政府、综改示范区管委会".
 */
export function listedBeforeCounterpart(listed: string, next: string): boolean {
  const body = AUTHORITY_BODY.exec(next) ?? (BARE_AUTHORITY.test(next) ? [next] : null);
  if (!BARE_AUTHORITY.test(listed) || body === null) return false;
  const committee = (authority: string) => /委$/.test(authority);
  const [first, second] = [levelOf(listed), levelOf(body[0])];
  return committee(listed) !== committee(body[0]) && (first.endsWith(second) || second.endsWith(first));
}

/** A town or subdistrict, as a county's plan names it: "城关镇", "红星乡", "东河街道办事处", "城关镇人民政府". */
export const isTownUnit = (name: string): boolean => !isCollectiveUnit(name) && /(?:镇|乡|街道|街道办事处|街道办)(?:人民政府|党委)?$/.test(name);

/** The towns named together, as a county's plan gives them a task: "各乡镇（街道）", "相关乡镇人民政府". */
export const namesTownsTogether = (name: string): boolean => isCollectiveUnit(name) && /[乡镇]|街道/.test(name);

/** "省委、省政府办公厅" may be one office or the two 办公厅 of "两办", which the official should say. */
export const mayBeTwoOffices = (name: string): boolean => /^[^、]+、[^、]+厅$/.test(name) && BARE_AUTHORITY.test(name.split('、')[0]!);

/** A name as a plan wrote it, without spaces, list punctuation, a leading 由 or a trailing 等. */
export function cleanUnitName(raw: string): string {
  let name = raw
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[由及和与、，,；;：:]+/, '')
    .replace(/[、，,；;：:。.]+$/, '');
  // "省财政厅等" / "省财政厅等有关部门" / "省市场监管局等省直执法部门" list the unit plus unnamed others; keep the named one.
  const trimmed = name.replace(/等(?:有关|相关)?(?:单位|部门)?$/, '').replace(/(?<=[局厅委办部院会府署])等[\u4e00-\u9fff]{1,10}?(?:单位|部门|机构)$/, '');
  if (trimmed.length >= 2) name = trimmed;
  return name;
}

const PROVINCE_LEVEL_CITIES = /^(北京|天津|上海|重庆)市(?=.)/;
const PROVINCE = /^[\u4e00-\u9fff]{2,3}省(?=.)/;
const AUTONOMOUS_REGION = /^[\u4e00-\u9fff]{2,8}自治区(?=.)/;

/** Synonyms that plans and returned forms use interchangeably, written the short way. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/委员会/g, '委'],
  [/监督管理/g, '监管'],
  [/发展和改革委|发展改革委/g, '发改委'],
  [/工业和信息化/g, '工信'],
  [/人力资源和社会保障|人力资源社会保障/g, '人社'],
  [/卫生和健康委|卫生健康委/g, '卫健委'],
  [/住房和城乡建设|住房城乡建设/g, '住建'],
  [/科学技术厅/g, '科技厅'],
  [/人民政府/g, '政府'],
  [/高级人民法院|人民法院/g, '法院'],
  [/人民检察院/g, '检察院'],
  [/中国人民银行/g, '人行'],
  [/贸易促进委/g, '贸促会'],
  [/文化和旅游/g, '文旅'],
  [/医疗保障/g, '医保'],
  [/广播电视/g, '广电'],
  [/退役军人事务/g, '退役军人'],
  [/应急管理/g, '应急'],
  [/林业和草原/g, '林草'],
  [/交通运输/g, '交通'],
  [/国有资产监管委/g, '国资委'],
  [/科学技术协会/g, '科协'],
  [/妇女联合会/g, '妇联'],
  [/残疾人联合会/g, '残联'],
];

/**
 * The key two names of one unit share: no spaces, half-width brackets, a province ("山西省…"),
 * autonomous-region or municipality prefix reduced to "省"/"自治区"/"市", common abbreviations applied,
 * a town's 人民政府 or 办事处 left off.
 */
export function unitKey(name: string): string {
  let key = cleanUnitName(name)
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^中共/, '')
    .replace(PROVINCE_LEVEL_CITIES, '市')
    .replace(PROVINCE, '省')
    .replace(AUTONOMOUS_REGION, '自治区');
  for (const [pattern, short] of ABBREVIATIONS) key = key.replace(pattern, short);
  // A town is its government: "城关镇人民政府" = "城关镇", "东河街道办事处" = "东河街道".
  return key.replace(TOWN_GOVERNMENT, '$1');
}

const TOWN_GOVERNMENT = /([镇乡]|街道)(?:政府|办事处|办)$/;

/**
 * "县发改局（县营商办）", "县委组织部（县委人才办）": the second name of the same office in brackets, of the
 * same level as the first; null when there is none ("省市场监管局（知识产权局）" names no level).
 */
export function bracketedSecondName(name: string): string | null {
  const m = /^([省市县区])[^（(]+[（(]([^（()）]{3,20})[)）]$/.exec(cleanUnitName(name));
  return m && m[2]!.startsWith(m[1]!) ? m[2]! : null;
}

/** Central ministries and commissions that are not written with a 国家 prefix. */
const MINISTRIES = [
  '外交部', '国防部', '教育部', '科技部', '科学技术部', '工业和信息化部', '工信部', '公安部', '国家安全部', '民政部',
  '司法部', '财政部', '人力资源社会保障部', '人力资源和社会保障部', '人社部', '自然资源部', '生态环境部',
  '住房城乡建设部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '文旅部',
  '退役军人事务部', '应急管理部', '审计署', '海关总署', '市场监管总局', '税务总局', '广电总局', '体育总局',
  '国务院', '国资委', '中国人民银行', '人民银行', '银保监会', '证监会', '金融监管总局', '外汇局', '最高人民法院',
  '最高人民检察院', '全国人大', '全国政协', '中国科协', '中国贸促会', '共青团中央', '全国总工会', '新闻出版署',
].sort((a, b) => b.length - a.length);

const NATIONAL_PREFIX = new RegExp(
  `^(?:国家[\\u4e00-\\u9fff]{1,12}?(?:总局|委员会|局|部|委|署|院|办公室)|(?:中共)?中央[\\u4e00-\\u9fff]{0,10}?(?:办公厅|委员会|部|委|办|室)|${MINISTRIES.join('|')})`,
);
/** Local branches of national bodies ("中国人民银行太原中心支行") belong to the province. */
const LOCAL_BRANCH = /(?:支行|分行|分局|代办处|监管局|调查总队|调查队)$/;
/** After the ministry's name, a place: the ministry's office in the province ("国家税务总局山西省税务局"). */
const IN_A_PLACE = /^[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|州|县)/;

/** The national body a name starts with ("国家知识产权局" of "国家知识产权局保护司"), or null. */
export function nationalBody(name: string): string | null {
  const m = NATIONAL_PREFIX.exec(cleanUnitName(name));
  return m ? m[0] : null;
}

/** Whether a name is a national ministry or one of its departments (国家…局/部/委/署, 最高人民法院, 中央…). */
export const isNationalUnit = memoize((name: string): boolean => {
  // Plans name the same few dozen units over and over; remembering the answer keeps parsing linear and cheap.
  const clean = cleanUnitName(name);
  const body = nationalBody(clean);
  return body !== null && !LOCAL_BRANCH.test(clean) && !IN_A_PLACE.test(clean.slice(body.length));
});

/** Names that stand on their own rather than as a department of the body named before them. */
const STANDALONE = /^(?:省|市|县|区|州|盟|自治区|各|全|中共|中国|国家|中央|最高)|^[\u4e00-\u9fff]{1,4}[省市县区]/;
const DEPARTMENT = /(?:司|办|办公室|中心|处|局|室|部|所|院|会|厅|组)$/;

/**
 * In "国家知识产权局保护司、运用促进司" the second department belongs to the same ministry:
 * a short department name after a national unit inherits that unit's ministry.
 */
export function inheritsNationalBody(name: string): boolean {
  return name.length <= 12 && !STANDALONE.test(name) && DEPARTMENT.test(name) && !isNationalUnit(name);
}
