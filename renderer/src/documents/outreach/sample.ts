import { formatActivityNo, formatSuggestionNo } from '../../domain/outreach/text';
import type { Activity, Suggestion, SuggestionRow } from '../../domain/outreach/types';
import { maskPhone } from '../../domain/idNumber';
import { OFFICE } from '../letters/examples';
import { SAMPLE_RISK_MATTERS, sampleRiskNames } from '../sampleRisk';
import type { ForumMinutesInput } from './forumMinutes';
import type { ReceptionNoticeInput } from './receptionNotice';
import type { SuggestionTableInput } from './suggestionLines';

/**
 * `npm run samples`' 走出去 (docs/domain.md §10), from the sample office's screening ledger (sampleRisk.ts): the
 * 选煤厂 retirees' forum of 2026-10-20, whose problem about 医疗费报销 became 排〔2026〕7号 that day, with the five
 * suggestions it collected; its 纪要 written on 10-22 and its 答复情况表 on 11-20; and the mine's reception days for the
 * fourth quarter, announced on 9-28. Hand-counted: on 10-22 one suggestion answered and four in progress; on 11-20
 * three answered (建〔2026〕41、42、45号) and two in progress, 建〔2026〕44号 past its deadline of 11-15.
 */

const FORUM_DAY = '2026-10-20';
const FORUM_UNIT = 'unit-1-2';
const MEDICAL_MATTER = SAMPLE_RISK_MATTERS.find((m) => m.source === '座谈会');

function forum(): Activity {
  if (!MEDICAL_MATTER) throw new Error('示例排查台账中没有座谈会发现的事项');
  const stamp = `${FORUM_DAY}T16:30:00.000`;
  return {
    id: 'sample-forum',
    year: 2026,
    seq: 18,
    activityNo: formatActivityNo(2026, 18),
    kind: '座谈会',
    date: FORUM_DAY,
    unitId: FORUM_UNIT,
    place: '选煤厂办公楼三楼会议室',
    leader: '选煤厂厂长赵国平',
    group: '选煤厂综合办公室、矿信访办公室、矿工会有关负责同志，退休职工代表22人',
    headcount: 26,
    checked: ['征集意见建议', '通报上次建议答复情况'],
    questionnaires: 0,
    problems: [
      {
        id: 'sample-forum-p1',
        text: '社会化管理移交后退休人员医疗费报销渠道不清，部分退休职工垫付的医疗费3个月未能报销',
        outcome: { kind: 'risk', riskMatterId: MEDICAL_MATTER.id, on: FORUM_DAY },
      },
      {
        id: 'sample-forum-p2',
        text: '部分高龄退休职工不会使用手机办理养老金领取资格认证',
        outcome: {
          kind: 'closed',
          note: '综合办公室工作人员现场演示认证操作，为8名高龄退休职工代为完成认证',
          on: FORUM_DAY,
        },
      },
      { id: 'sample-forum-p3', text: '选煤厂老年活动室自移交后一直关闭', outcome: { kind: 'open' } },
    ],
    notes: [
      '赵国平通报了选煤厂退休人员社会化管理移交工作进展，以及第二季度座谈会所提建议的答复情况',
      '与会退休职工代表围绕移交后医疗费报销、养老金资格认证、健康体检和活动场所等问题发言，反映了退休职工的实际困难',
      '矿信访办公室说明了退休职工反映问题的渠道和办理时限',
    ].join('\n'),
    petitionIds: [],
    riskMatterIds: [MEDICAL_MATTER.id],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

interface SuggestionSpec {
  seq: number;
  topic: string;
  text: string;
  proposer: { name: string; phone: string } | null;
  department: string;
  measure: string;
  deadline: string | null;
  followUpOn: string | null;
  answer?: { text: string; on: string; way: Suggestion['feedbackWay'] };
}

const SUGGESTIONS: SuggestionSpec[] = [
  {
    seq: 41,
    topic: '医疗费报销指南',
    text: '建议编印退休人员医疗费报销指南，写明移交后报销的经办机构、所需材料和办理时限',
    proposer: { name: '马秀兰', phone: '13835261147' },
    department: '选煤厂综合办公室',
    measure: '编印报销指南发放到每名退休职工，设立咨询电话',
    deadline: '2026-11-30',
    followUpOn: '2026-10-21',
    answer: {
      text: '《退休人员医疗费报销指南》已印制800册，于11月18日发放到每名退休职工，咨询电话印在指南首页',
      on: '2026-11-18',
      way: '书面答复',
    },
  },
  {
    seq: 42,
    topic: '养老金资格认证',
    text: '建议在厂区设立养老金领取资格认证协助点',
    proposer: null,
    department: '选煤厂综合办公室',
    measure: '',
    deadline: null,
    followUpOn: null,
    answer: {
      text: '已在办公楼一楼设立认证协助点，每周二、周四上午有专人协助办理',
      on: FORUM_DAY,
      way: '当面答复',
    },
  },
  {
    seq: 43,
    topic: '退休职工健康体检',
    text: '建议每年组织一次退休职工健康体检',
    proposer: { name: '刘长生', phone: '13903521865' },
    department: '矿工会',
    measure: '与职工医院商定体检项目和费用，列入2027年工会经费预算',
    deadline: '2026-12-31',
    followUpOn: '2026-10-22',
  },
  {
    seq: 44,
    topic: '老年活动室',
    text: '建议尽快恢复开放选煤厂老年活动室，退休职工可以轮流协助管理',
    proposer: { name: '周德明', phone: '15935274410' },
    department: '选煤厂综合办公室',
    measure: '维修活动室取暖设施后恢复开放',
    deadline: '2026-11-15',
    followUpOn: '2026-10-22',
  },
  {
    seq: 45,
    topic: '困难退休职工供暖费',
    text: '建议对居住在南山生活区的生活困难退休职工给予供暖费补助',
    proposer: { name: '王秀珍', phone: '13643528807' },
    department: '离退休管理科',
    measure: '核实南山生活区困难退休职工名单，报矿党委研究补助标准',
    deadline: '2026-11-15',
    followUpOn: '2026-10-21',
    answer: {
      text: '经矿党委研究，南山生活区生活困难的退休职工和工亡职工家属2026—2027年采暖季供暖费由困难职工帮扶资金每户补助1200元',
      on: '2026-11-10',
      way: '书面答复',
    },
  },
];

/** The forum's suggestions as the office's repository gives them: the proposer's phone masked. */
export function sampleForumSuggestions(): SuggestionRow[] {
  return SUGGESTIONS.map((s) => {
    const stamp = `${FORUM_DAY}T16:30:00.000`;
    return {
      id: `sample-suggestion-${s.seq}`,
      year: 2026,
      seq: s.seq,
      suggestionNo: formatSuggestionNo(2026, s.seq),
      topic: s.topic,
      text: s.text,
      proposer: s.proposer ? { name: s.proposer.name, phone: maskPhone(s.proposer.phone) } : null,
      proposerWithheld: false,
      activityId: 'sample-forum',
      unitId: FORUM_UNIT,
      collectedOn: FORUM_DAY,
      department: s.department,
      measure: s.measure,
      deadline: s.deadline,
      status: s.answer ? '已答复' : s.followUpOn ? '跟进中' : '未答复',
      followUpOn: s.followUpOn,
      answer: s.answer?.text ?? '',
      answeredOn: s.answer?.on ?? null,
      feedbackWay: s.answer?.way ?? null,
      createdAt: stamp,
      updatedAt: s.answer ? `${s.answer.on}T10:00:00.000` : stamp,
    };
  });
}

/** The forum's 纪要, written two days after it. */
export function sampleForumMinutes(): ForumMinutesInput {
  return {
    activity: forum(),
    suggestions: sampleForumSuggestions(),
    unitName: sampleRiskNames.unit(FORUM_UNIT),
    meetingName: '选煤厂退休职工座谈会',
    petitionNo: () => undefined,
    riskNo: (id) => SAMPLE_RISK_MATTERS.find((m) => m.id === id)?.riskNo,
    attendance: {
      present:
        '赵国平（选煤厂厂长）、孙建华（选煤厂综合办公室主任）、孙丽娟（矿信访办公室）、马卫东（矿工会副主席），退休职工代表22人',
      attending: '刘文彬（矿离退休管理科科长）',
    },
    issuer: OFFICE,
    date: '2026-10-22',
  };
}

/** The forum's 答复情况表, a month after it. */
export function sampleSuggestionTable(): SuggestionTableInput {
  return {
    subject: '选煤厂退休职工座谈会',
    suggestions: sampleForumSuggestions(),
    activities: [forum()],
    issuer: OFFICE,
    date: '2026-11-20',
  };
}

/** The mine's leaders' reception days of the fourth quarter, every other Thursday. */
export function sampleReceptionNotice(): ReceptionNoticeInput {
  const office = '矿信访接待室';
  return {
    period: '2026年第四季度',
    days: [
      { leader: '矿长李振东', date: '2026-10-15', place: office },
      { leader: '副矿长刘海峰', date: '2026-10-29', place: office },
      { leader: '选煤厂厂长赵国平', date: '2026-11-12', place: '选煤厂接待室' },
      { leader: '矿长李振东', date: '2026-11-26', place: office },
      { leader: '副矿长刘海峰', date: '2026-12-10', place: office },
      { leader: '选煤厂厂长赵国平', date: '2026-12-24', place: '选煤厂接待室' },
    ],
    addressee: '各区队、各科室，选煤厂、机电安装项目部',
    hours: '上午8:30—11:30，下午14:30—17:30',
    issuer: OFFICE,
    date: '2026-09-28',
  };
}
