import * as emergencies from '../../db/emergencies';
import { onAppDatabase } from './appDatabase';

/** 突发信访事件 on the app's database: 登记, 到场, 处置步骤, 善后, analysis, 结束处置 and the list. */
export const registerEmergency = onAppDatabase(emergencies.registerEmergency);
export const recordArrival = onAppDatabase(emergencies.recordArrival);
export const addEmergencyStep = onAppDatabase(emergencies.addEmergencyStep);
export const addAftercare = onAppDatabase(emergencies.addAftercare);
export const setAftercareDone = onAppDatabase(emergencies.setAftercareDone);
export const saveEmergencyAnalysis = onAppDatabase(emergencies.saveEmergencyAnalysis);
export const closeEmergency = onAppDatabase(emergencies.closeEmergency);
export const listEmergencies = onAppDatabase(emergencies.listEmergencies);
export const getEmergency = onAppDatabase(emergencies.getEmergency);
export const emergenciesOfRiskMatter = onAppDatabase(emergencies.emergenciesOfRiskMatter);
