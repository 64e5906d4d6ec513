import * as risks from '../../db/riskLedger';
import * as warnings from '../../db/riskWarnings';
import * as riskDocuments from '../../db/riskDocuments';
import * as specialReports from '../../db/specialReports';
import { onAppDatabase } from './appDatabase';

/** 排查台账 on the app's database: screenings, 挂号, 更新进展, 销号, the list, and 研判预警's dismissals. */
export const recordScreening = onAppDatabase(risks.recordScreening);
export const registerRiskMatter = onAppDatabase(risks.registerRiskMatter);
export const addRiskUpdate = onAppDatabase(risks.addRiskUpdate);
export const closeRiskMatter = onAppDatabase(risks.closeRiskMatter);
export const listRiskMatters = onAppDatabase(risks.listRiskMatters);
export const getRiskMatter = onAppDatabase(risks.getRiskMatter);
export const riskMattersOfPetition = onAppDatabase(risks.riskMattersOfPetition);
export const listScreenings = onAppDatabase(risks.listScreenings);
export const riskUpdatesOf = onAppDatabase(risks.riskUpdatesOf);
export const listRiskDismissals = onAppDatabase(warnings.listRiskDismissals);
export const dismissRiskWarning = onAppDatabase(warnings.dismissRiskWarning);

/** The ledger's documents: what a 日报 reads, and 报送重大风险专报 of a matter or of an emergency. */
export const riskUpdatesForDay = onAppDatabase(riskDocuments.riskUpdatesForDay);
export const issueMatterSpecialReport = onAppDatabase(specialReports.issueMatterSpecialReport);
export const issueEmergencySpecialReport = onAppDatabase(specialReports.issueEmergencySpecialReport);
export const specialReportDraftDefaults = onAppDatabase(specialReports.specialReportDraftDefaults);
