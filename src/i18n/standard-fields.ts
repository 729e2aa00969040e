/**
 * The words the page of a standard labels its data with (owner, version, threshold, red line …),
 * in zh-CN and en. The reading pages take them through site.ts, which spreads them into its
 * catalog; the editor's preview shows the same page from the data being edited and takes them
 * from here, so that the edit page's bundle carries these few words, not the whole site catalog.
 */
import type { Locale } from './locale.ts';

const zh = {
  owner: '责任部门',
  version: '版本',
  effective: '生效日期',
  threshold: '量化阈值',
  criticalSection: '分区否决项',
  criticalSectionHelp: '不符合时本分区得零分',
  redLine: '红线',
  redLineHelp: '不符合时整次稽核判定为不通过',
  sectionWeight: '分区权重',
};

export type StandardFieldWords = typeof zh;

const en: StandardFieldWords = {
  owner: 'Owner department',
  version: 'Version',
  effective: 'Effective',
  threshold: 'Threshold',
  criticalSection: 'Section critical',
  criticalSectionHelp: 'failing it zeroes the section',
  redLine: 'Red line',
  redLineHelp: 'failing it fails the whole audit',
  sectionWeight: 'Section weight',
};

export const STANDARD_FIELD_WORDS: Record<Locale, StandardFieldWords> = { 'zh-CN': zh, en };
