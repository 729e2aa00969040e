/**
 * The knowledge-check widget's strings, zh-CN and en: plain data with {placeholders}. The widget
 * imports them (they ship with its JavaScript, fetched on interaction) instead of receiving them
 * as island props, which Astro would serialize into every touchpoint and SOP page.
 */
const zh = {
  intro: '共 {asked} 题，答对 {passMark}% 及以上即为通过。这是自学测验：作答记录只保存在你的浏览器里。',
  chooseAll: '（多选：选出所有正确项）',
  /** A prompt that already says this needs no chooseAll hint. */
  multipleMarker: '多选',
  check: '检查我的答案',
  tryAgain: '再试一次',
  correct: '回答正确',
  incorrect: '回答错误',
  unanswered: '未作答',
  rightOption: '正确答案',
  yourChoice: '你的选择',
  rightAnswers: '正确答案：',
  explanation: '解析：',
  score: '答对 {correct} / {asked} 题（{percent}%）',
  passed: '通过（及格线 {passMark}%）',
  failed: '未通过（及格线 {passMark}%）',
  best: '你在此版本上的最好成绩：{percent}%（累计作答 {attempts} 次）。',
  bestPassed: '你已通过此测验（最好成绩 {percent}%，累计作答 {attempts} 次）。',
  notSaved: '无法在此浏览器中保存进度（可能禁用了本地存储）。',
  progressLink: '查看我的学习进度',
};

export type QuizStrings = typeof zh;

const en: QuizStrings = {
  intro:
    '{asked} questions; {passMark}% right or more passes. This is self-study: your answers are kept only in your browser.',
  chooseAll: '(choose all that apply)',
  multipleMarker: 'all that apply',
  check: 'Check my answers',
  tryAgain: 'Try again',
  correct: 'Correct',
  incorrect: 'Incorrect',
  unanswered: 'Not answered',
  rightOption: 'Right answer',
  yourChoice: 'Your choice',
  rightAnswers: 'Right answer: ',
  explanation: 'Why: ',
  score: '{correct} of {asked} right ({percent}%)',
  passed: 'Passed (pass mark {passMark}%)',
  failed: 'Not passed (pass mark {passMark}%)',
  best: 'Your best on this version: {percent}% ({attempts} attempt(s) in all).',
  bestPassed: 'You have passed this check (best {percent}%, {attempts} attempt(s) in all).',
  notSaved: 'Your progress could not be saved in this browser (local storage may be turned off).',
  progressLink: 'See my progress',
};

export const QUIZ_STRINGS: Record<'zh-CN' | 'en', QuizStrings> = { 'zh-CN': zh, en };
