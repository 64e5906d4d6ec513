/** 走出去's documents (docs/domain.md §10): what the 走访座谈 and 意见建议 pages build and save. */
export { buildForumMinutes, forumMeetingName, forumMinutesTitle, type ForumMinutesInput } from './forumMinutes';
export {
  buildReceptionNotice,
  DEFAULT_RECEPTION_REQUIREMENTS,
  receptionNoticeTitle,
  type ReceptionDay,
  type ReceptionNoticeInput,
} from './receptionNotice';
export { suggestionTableSentence, suggestionTableTitle, type SuggestionTableInput } from './suggestionLines';
export { buildSuggestionTable } from './suggestionTable';
export { buildSuggestionWorkbook, suggestionTableFileName } from '../excel/suggestionWorkbook';
