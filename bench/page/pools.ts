import type { Channel, IdentityType, Nature } from '../../renderer/src/domain/types';
import { Weighted } from './random';

/** 来访 dominates at an enterprise office; letters, calls and online messages follow. */
export const CHANNEL_WEIGHTS = new Weighted<Channel>([
  ['来访', 45],
  ['来信', 20],
  ['来电', 15],
  ['网上信访', 10],
  ['下访发现', 3],
  ['座谈会', 2],
  ['上级转送', 3],
  ['领导接待日', 2],
]);

/** Most matters ask for something to be solved (申诉求决). */
export const NATURE_WEIGHTS = new Weighted<Nature>([
  ['申诉求决', 72],
  ['求助', 9],
  ['咨询', 8],
  ['建议意见', 6],
  ['检举控告', 5],
]);

/** Weights per first-level default category name (docs/domain.md §6); a leaf under it is picked evenly. */
export const CATEGORY_WEIGHTS: Record<string, number> = {
  工资福利: 22,
  劳动关系: 10,
  社会保险: 12,
  工伤与职业病: 9,
  劳动保护: 4,
  离退休待遇: 8,
  内退与分流安置: 6,
  企业改制与集体企业: 4,
  住房与三供一业: 10,
  采煤沉陷与征地: 5,
  困难帮扶: 4,
  干部作风与检举控告: 3,
  涉法涉诉: 1,
  意见建议: 1,
  其他: 1,
};

export const IDENTITY_WEIGHTS = new Weighted<IdentityType>([
  ['在职职工', 40],
  ['离退休人员', 18],
  ['内退人员', 10],
  ['职工家属', 10],
  ['工亡职工家属', 3],
  ['外部务工人员', 8],
  ['周边群众', 9],
  ['其他', 2],
]);

/** Common surnames, the more frequent ones listed twice so they come up more often. */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
  ...'王李张刘陈杨赵黄周吴',
];

export const GIVEN_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞波宁海亮晓东林春梅燕雪琴云峰德成庆福',
];

/** 包案领导 the seeded cases are assigned to. */
export const LEADERS = ['张志刚', '李振东', '王保国', '刘建华', '赵永胜'];

export const OFFICERS = ['李春燕', '王建军', '赵晓明', '刘海峰', '陈丽', '孙国庆'];

export const PLACES = ['矿区生活区', '新村小区', '职工住宅楼', '工人村', '南山社区', '北关街道', '东风路', '河西村'];

/** Area codes of coal regions (Shanxi, Henan, Shaanxi, Inner Mongolia, Anhui) for ID numbers. */
export const AREA_CODES = ['140202', '140311', '140402', '410502', '410602', '610802', '150602', '340404'];

export const SOURCE_BODIES = ['省国资委信访处', '市信访局', '集团公司信访办公室', '区信访局'];

/** Pieces the summary templates draw from. */
export const SUBJECTS = ['本人', '我们一行', '其父亲', '本班组职工', '原集体企业职工', '退休职工', '家属', '该队工人'];
export const PERIODS = ['2019年至今', '去年下半年', '近三个月', '今年以来', '改制以后', '调岗后', '受伤以后', '退休后'];
export const MATTERS = [
  '被拖欠工资一直未予发放',
  '绩效奖金分配不公开不合理',
  '养老保险缴费年限认定有误',
  '工伤认定迟迟没有结论',
  '尘肺病诊断后待遇没有落实',
  '住房产权证至今未办理',
  '供暖温度长期不达标',
  '采煤沉陷导致房屋开裂',
  '内退生活费标准低于文件规定',
  '劳动合同到期后未续签也未补偿',
  '劳保用品发放不足',
  '岗位调整未经协商',
  '医疗费用报销被拒',
  '物业收费标准不清',
  '征地补偿款未足额到位',
];
export const STEPS = [
  '多次向单位反映未果',
  '曾找区队和科室协调',
  '单位答复后仍有异议',
  '已向人事部门提交材料',
  '与单位协商未达成一致',
];
export const ASKS = [
  '要求尽快解决',
  '请求公司依规核查处理',
  '要求补发并说明计算依据',
  '希望领导协调落实',
  '要求给予书面答复',
];
