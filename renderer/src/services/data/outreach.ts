import * as activities from '../../db/outreachActivities';
import * as helps from '../../db/outreachHelps';
import * as report from '../../db/outreachReport';
import * as risk from '../../db/outreachRisk';
import * as suggestions from '../../db/outreachSuggestions';
import { onAppDatabase } from './appDatabase';

/** 走出去 on the app's database: activities and their problems, suggestions, helps, and the period's counts. */
export const recordActivity = onAppDatabase(activities.recordActivity);
export const updateActivity = onAppDatabase(activities.updateActivity);
export const addActivityProblems = onAppDatabase(activities.addActivityProblems);
export const setProblemOutcome = onAppDatabase(activities.setProblemOutcome);
export const registerRiskMatterFromProblem = onAppDatabase(risk.registerRiskMatterFromProblem);
export const listActivities = onAppDatabase(activities.listActivities);
export const listActivitiesOn = onAppDatabase(activities.listActivitiesOn);
export const getActivity = onAppDatabase(activities.getActivity);
export const activitiesOfPetition = onAppDatabase(activities.activitiesOfPetition);
export const activitiesOfRiskMatter = onAppDatabase(activities.activitiesOfRiskMatter);
export const recordSuggestion = onAppDatabase(suggestions.recordSuggestion);
export const changeSuggestionStatus = onAppDatabase(suggestions.changeSuggestionStatus);
export const suggestionsOfActivity = onAppDatabase(suggestions.suggestionsOfActivity);
export const suggestionsDue = onAppDatabase(suggestions.suggestionsDue);
export const revealSuggestionProposer = onAppDatabase(suggestions.revealSuggestionProposer);
export const recordHelp = onAppDatabase(helps.recordHelp);
export const listHelps = onAppDatabase(helps.listHelps);
export const helpsOfPetition = onAppDatabase(helps.helpsOfPetition);
export const helpsOfActivity = onAppDatabase(helps.helpsOfActivity);
export const outreachCountsForReport = onAppDatabase(report.outreachCountsForReport);
