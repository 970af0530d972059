import { describe, expect, it } from 'vitest';
import { designTemplates, folderChoices, type ListAnswer } from './templates-catalog';

const folders = [
  { id: 'f-car', name: '用车', parentId: 'f-admin' },
  { id: 'f-admin', name: '行政', parentId: null },
  { id: 'f-fin', name: '财务', parentId: null },
];

const answer: ListAnswer = {
  folders,
  templates: [
    {
      templateId: 'tpl-car',
      key: 'car',
      title: { zh: '用车申请', en: 'Car booking' },
      folderId: 'f-car',
      publishedVersion: 1,
      unpublishedChanges: false,
      draftUpdatedAt: null,
      draftUpdatedBy: null,
      archived: false,
      level: 'manager',
    },
    {
      templateId: 'tpl-lost',
      key: 'lost',
      title: { zh: '遗失', en: 'Lost' },
      folderId: 'f-gone',
      publishedVersion: null,
      unpublishedChanges: true,
      draftUpdatedAt: null,
      draftUpdatedBy: null,
      archived: false,
      level: 'editor',
    },
  ],
};

describe('the designers’ list rows', () => {
  it('names a nested folder by its path, and an unknown one by its id', () => {
    expect(designTemplates(answer).map((t) => t.folder)).toEqual([
      { id: 'f-car', name: '行政 / 用车' },
      { id: 'f-gone', name: 'f-gone' },
    ]);
  });

  it('offers every folder to move into by its path, in pinyin order', () => {
    expect(folderChoices(folders, 'zh').map((f) => f.name)).toEqual(['财务', '行政', '行政 / 用车']);
  });
});
