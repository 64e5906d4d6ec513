import { checkDocNoPrefix, DOC_KINDS, type DocKind, type DocSeries } from './docNo';

/**
 * Who reviews a decision (Arts. 35, 36; docs/domain.md §4): 复查 by the body one level above the unit that decided, 复核 by
 * the body one level above the 复查 body. Settings hold the office's organisation and, for each unit that issues
 * decisions, those two bodies; the letters take them from here and refuse a body that would review itself.
 */

/** For one unit that issues 处理意见书: who does 复查, and who does 复核 after that. */
export interface ReviewRoute {
  /** The deciding unit, as it signs its 处理意见书 (e.g. 一号矿井信访办公室). */
  unit: string;
  /** 复查机关: the body one level above the unit. */
  reviewBody: string;
  /** 复核机关: the body one level above the 复查机关. */
  recheckBody: string;
  /**
   * The 复查机关's own 代字 for its 复查意见书 (e.g. 集团信复查), numbered on its own counter; empty or absent, the
   * desk's 复查意见书 代字 (settings › 文号代字) and counter.
   */
  reviewDocPrefix?: string;
}

export interface Organisation {
  /** The office's organisation (e.g. 某煤业集团有限公司一号矿井). */
  name: string;
  routes: ReviewRoute[];
}

export const EMPTY_ORGANISATION: Organisation = { name: '', routes: [] };

/** A body's name as compared: without spaces, and without its 信访 office (一号矿井信访办公室 is 一号矿井 deciding). */
export function bodyKey(name: string): string {
  return name
    .replace(/\s/gu, '')
    .replace(/[。；，,]+$/u, '')
    .replace(/(?:的)?信访(?:工作)?(?:办公室|办|科|处|室|中心)$/u, '');
}

export function sameBody(a: string, b: string): boolean {
  const ka = bodyKey(a);
  return ka !== '' && ka === bodyKey(b);
}

/** Art. 35: the 复查 body may not be the unit that decided. Null when fine, else the Chinese reason. */
export function reviewBodyProblem(decidingUnit: string, reviewBody: string): string | null {
  if (!reviewBody.trim()) return '请填写复查机关';
  if (sameBody(decidingUnit, reviewBody))
    return `复查机关不能是作出处理意见的单位（${decidingUnit.trim()}）：复查由其上一级机关、单位办理（《信访工作条例》第三十五条）`;
  return null;
}

/** Art. 36: the 复核 body may not be the 复查 body. Null when fine, else the Chinese reason. */
export function recheckBodyProblem(reviewBody: string, recheckBody: string): string | null {
  if (!recheckBody.trim()) return '请填写复核机关';
  if (sameBody(reviewBody, recheckBody))
    return `复核机关不能是复查机关（${reviewBody.trim()}）：复核由复查机关的上一级机关、单位办理（《信访工作条例》第三十六条）`;
  return null;
}

/** Every fault of a route, as Chinese messages (empty when it can be saved). */
export function routeProblems(route: ReviewRoute): string[] {
  const unit = route.unit.trim();
  const problems = unit
    ? [reviewBodyProblem(unit, route.reviewBody), recheckBodyProblem(route.reviewBody, route.recheckBody)]
    : ['请填写作出处理意见的单位'];
  if (unit && route.recheckBody.trim() && sameBody(unit, route.recheckBody))
    problems.push(`复核机关不能是作出处理意见的单位（${unit}）`);
  const prefix = route.reviewDocPrefix?.trim() ?? '';
  if (prefix) {
    const problem = checkDocNoPrefix(prefix);
    if (problem) problems.push(`复查意见书${problem}`);
  }
  return problems.filter((p): p is string => p !== null).map((p) => `${unit || '（未填写单位）'}：${p}`);
}

/** The route of a deciding unit, or null when the settings name none. */
export function routeOf(organisation: Organisation, decidingUnit: string): ReviewRoute | null {
  return organisation.routes.find((r) => sameBody(r.unit, decidingUnit)) ?? null;
}

/**
 * The 代字 of a 复查意见书 issued in `reviewer`'s name — the one a route sets for that 复查机关, else the desk's
 * (`deskPrefix`) — and its counter: every 复查意见书 numbers on the counter of the 代字 it prints, so two 复查机关
 * never share numbers and a 代字 moved between the desk and a route never prints a number twice (db/documents.ts
 * starts a new 代字's counter above the kind's old one).
 */
export function reviewDocSeries(organisation: Organisation, reviewer: string, deskPrefix: string): DocSeries {
  const own = organisation.routes
    .find((r) => r.reviewDocPrefix?.trim() && sameBody(r.reviewBody, reviewer))
    ?.reviewDocPrefix?.trim();
  const prefix = own || deskPrefix;
  return { prefix, series: prefix };
}

/**
 * A route's 复查意见书 代字 beside everything else that prints a 文号 (`printed`: each numbered kind's 代字 as letters
 * print it): one 复查机关 with two 代字 would number by chance, and a 代字 another kind prints would repeat its numbers.
 */
export function reviewPrefixProblems(
  routes: readonly ReviewRoute[],
  printed: Readonly<Record<DocKind, string>>,
): string[] {
  const problems: string[] = [];
  const byBody = new Map<string, string>();
  for (const route of routes) {
    const prefix = route.reviewDocPrefix?.trim();
    if (!prefix) continue;
    const other = (Object.keys(printed) as DocKind[]).find((k) => k !== 'reviewOpinion' && printed[k] === prefix);
    if (other) problems.push(`${route.unit}：复查意见书代字“${prefix}”已是${DOC_KINDS[other].label}的代字，文号会重复`);
    const body = bodyKey(route.reviewBody);
    const seen = byBody.get(body);
    if (seen !== undefined && seen !== prefix)
      problems.push(`复查机关${route.reviewBody.trim()}设置了两个复查意见书代字（${seen}、${prefix}），请统一`);
    else byBody.set(body, prefix);
  }
  return problems;
}
