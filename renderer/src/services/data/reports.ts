import * as reports from '../../db/reports';
import * as riskReport from '../../db/riskReport';
import * as typicalCaseTexts from '../../db/typicalCaseTexts';
import { onAppDatabase } from './appDatabase';

/** 季度报告 on the app's database: the typical cases' texts, the branch's draft, issuing, the issued versions. */
export const loadTypicalCaseTexts = onAppDatabase(typicalCaseTexts.loadTypicalCaseTexts);
export const getReportDraft = onAppDatabase(reports.getReportDraft);
export const saveReportDraft = onAppDatabase(reports.saveReportDraft);
export const issueReport = onAppDatabase(reports.issueReport);
export const riskStatisticsForReport = onAppDatabase(riskReport.riskStatisticsForReport);
export const listIssuedReports = onAppDatabase(reports.listIssuedReports);
