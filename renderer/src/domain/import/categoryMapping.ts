import type { Category } from '../types';
import { normalizeWord } from './cells';

/**
 * The office's own category words (「工资」, 「工资待遇」, 「欠薪」) mapped to the desk's category tree (issue 17,
 * docs/domain.md §6). A word the clerk mapped in an earlier import comes back as it was; otherwise a category whose
 * name or path the word is, else a built-in synonym naming the tree's own names. The tree is the office's to edit,
 * so a synonym whose category was renamed or removed suggests nothing.
 */
export type CategorySuggestion = { categoryId: string; by: 'learned' | 'name' | 'synonym' } | null;

/** Built-in synonyms: the office's word → [first level, second level or ''] of the default tree. */
const SYNONYMS: Record<string, [string, string]> = {
  工资: ['工资福利', '拖欠工资'],
  工资待遇: ['工资福利', '拖欠工资'],
  欠薪: ['工资福利', '拖欠工资'],
  拖欠工资: ['工资福利', '拖欠工资'],
  欠发工资: ['工资福利', '拖欠工资'],
  奖金: ['工资福利', '绩效/精益奖金分配'],
  绩效: ['工资福利', '绩效/精益奖金分配'],
  绩效工资: ['工资福利', '绩效/精益奖金分配'],
  福利: ['工资福利', ''],
  劳动合同: ['劳动关系', '劳动合同'],
  合同: ['劳动关系', '劳动合同'],
  休假: ['劳动关系', '排班休假'],
  调岗: ['劳动关系', '岗位调整'],
  岗位: ['劳动关系', '岗位调整'],
  社保: ['社会保险', ''],
  养老保险: ['社会保险', '养老'],
  医保: ['社会保险', '医疗'],
  医疗保险: ['社会保险', '医疗'],
  工伤: ['工伤与职业病', '工伤认定与待遇'],
  职业病: ['工伤与职业病', ''],
  尘肺: ['工伤与职业病', '尘肺病'],
  劳保: ['劳动保护', '劳保用品'],
  安全: ['劳动保护', '安全生产'],
  退休: ['离退休待遇', ''],
  退休待遇: ['离退休待遇', ''],
  离退休: ['离退休待遇', ''],
  内退: ['内退与分流安置', ''],
  分流: ['内退与分流安置', ''],
  安置: ['内退与分流安置', ''],
  改制: ['企业改制与集体企业', ''],
  集体企业: ['企业改制与集体企业', ''],
  住房: ['住房与三供一业', ''],
  房改: ['住房与三供一业', '房改'],
  三供一业: ['住房与三供一业', ''],
  供暖: ['住房与三供一业', '供热'],
  物业: ['住房与三供一业', '物业'],
  沉陷: ['采煤沉陷与征地', ''],
  采煤沉陷: ['采煤沉陷与征地', ''],
  征地: ['采煤沉陷与征地', ''],
  帮扶: ['困难帮扶', ''],
  困难: ['困难帮扶', ''],
  求助: ['困难帮扶', ''],
  检举: ['干部作风与检举控告', ''],
  控告: ['干部作风与检举控告', ''],
  举报: ['干部作风与检举控告', ''],
  干部作风: ['干部作风与检举控告', ''],
  涉法: ['涉法涉诉', ''],
  涉诉: ['涉法涉诉', ''],
  建议: ['意见建议', ''],
  意见: ['意见建议', ''],
  其它: ['其他', ''],
};

/** The key a word is remembered and matched under: 「工资 待遇」 and 「工资待遇」 are one word. */
export function categoryWordKey(word: string): string {
  return normalizeWord(word).replace(/[／/—\-－>＞、]/g, '/');
}

function categoryByNames(categories: readonly Category[], first: string, second: string): Category | undefined {
  const top = categories.find((c) => c.parentId === null && c.name === first);
  if (!top) return undefined;
  return second === '' ? top : categories.find((c) => c.parentId === top.id && c.name === second);
}

/** A category whose name is the word (a second level before a first), or whose 「first/second」 path it is. */
function categoryNamed(categories: readonly Category[], key: string): Category | undefined {
  const named = categories.filter((c) => categoryWordKey(c.name) === key);
  const byName = named.find((c) => c.parentId !== null) ?? named[0];
  if (byName) return byName;
  const byId = new Map(categories.map((c) => [c.id, c]));
  return categories.find((c) => {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    return parent !== undefined && `${categoryWordKey(parent.name)}/${categoryWordKey(c.name)}` === key;
  });
}

export function suggestCategory(
  word: string,
  categories: readonly Category[],
  learned: Readonly<Record<string, string>>,
): CategorySuggestion {
  const key = categoryWordKey(word);
  if (key === '') return null;
  const learnedId = learned[key];
  if (learnedId !== undefined && categories.some((c) => c.id === learnedId))
    return { categoryId: learnedId, by: 'learned' };
  const named = categoryNamed(categories, key);
  if (named) return { categoryId: named.id, by: 'name' };
  const synonym = SYNONYMS[key];
  const bySynonym = synonym ? categoryByNames(categories, synonym[0], synonym[1]) : undefined;
  return bySynonym ? { categoryId: bySynonym.id, by: 'synonym' } : null;
}

/** The distinct words of a file's category column, each with its suggestion: the table the clerk edits once. */
export function categoryTable(
  words: readonly string[],
  categories: readonly Category[],
  learned: Readonly<Record<string, string>>,
): { word: string; key: string; suggestion: CategorySuggestion }[] {
  const seen = new Map<string, string>();
  for (const word of words) {
    const key = categoryWordKey(word);
    if (key !== '' && !seen.has(key)) seen.set(key, word.trim());
  }
  return [...seen].map(([key, word]) => ({ word, key, suggestion: suggestCategory(word, categories, learned) }));
}
