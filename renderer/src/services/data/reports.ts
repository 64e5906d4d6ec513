import * as reports from '../../db/reports';
import * as outreachReport from '../../db/outreachReport';
import * as riskReport from '../../db/riskReport';
import * as typicalCaseTexts from '../../db/typicalCaseTexts';
import { onAppDatabase } from './appDatabase';

/** 季度报告 on the app's database: the typical cases' texts, the branch's draft, issuing, the issued versions. */
export const loadTypicalCaseTexts = onAppDatabase(typicalCaseTexts.loadTypicalCaseTexts);
export const getReportDraft = onAppDatabase(reports.getReportDraft);
export const saveReportDraft = onAppDatabase(reports.saveReportDraft);
export const issueReport = onAppDatabase(reports.issueReport);
export const riskStatisticsForReport = onAppDatabase(riskReport.riskStatisticsForReport);
/** 走出去's counts of a period and its bases, for the dashboard and the report's sections 二 and 六. */
export const outreachCountsForPeriods = onAppDatabase(outreachReport.outreachCountsForPeriods);
export const listIssuedReports = onAppDatabase(reports.listIssuedReports);
