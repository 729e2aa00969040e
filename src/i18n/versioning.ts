/**
 * The words of the editor's changelog proposal (widgets/editor/VersionProposal.svelte): when a
 * standard's content changed and no changelog entry was added, the editor proposes one. A module
 * of its own, loaded with the editor only.
 */
export const VERSIONING_STRINGS = {
  'zh-CN': {
    title: '内容已修改：请添加一条变更记录',
    proposal: (version: string, date: string) => `新版本 ${version}，日期 ${date}。`,
    patch: '只改了措辞：修订号加一。',
    minor: '增删了条目、步骤或评分项：次版本号加一。',
    reason: '变更原因',
    reasonHelp: '写明改了什么、为什么改，让使用标准的人都明白。添加后，版本号会同时更新。',
    add: '添加这条记录并更新版本号',
    added: (version: string) => `已添加变更记录，版本更新为 ${version}。`,
    failed: '无法自动添加变更记录：请在 YAML 源码中的 changelog 最前面添加一条，并让 version 与之一致。',
  },
  en: {
    title: 'Content changed: add a changelog entry',
    proposal: (version: string, date: string) => `New version ${version}, dated ${date}.`,
    patch: 'Wording only: the patch number goes up.',
    minor: 'Items, steps or scored entries were added or removed: the minor number goes up.',
    reason: 'Reason for the change',
    reasonHelp:
      'Say what changed and why, so that everyone using the standard understands. Adding the entry updates the version too.',
    add: 'Add the entry and update the version',
    added: (version: string) => `Changelog entry added; the version is now ${version}.`,
    failed:
      'The entry could not be added automatically: add one at the top of changelog in the YAML view, and make version match it.',
  },
};

export type VersioningStrings = (typeof VERSIONING_STRINGS)['en'];
