import { describe, expect, it } from 'vitest';
import { avatarText } from './avatar-text';

describe('avatarText', () => {
  it('shows a two-character Chinese name whole', () => {
    expect(avatarText('张三')).toBe('张三');
    expect(avatarText('李')).toBe('李');
  });

  it('shows the given name of a longer Chinese personal name, as DingTalk does', () => {
    expect(avatarText('张三丰')).toBe('三丰');
    expect(avatarText('欧阳娜娜')).toBe('娜娜');
    expect(avatarText(' 王小明 ')).toBe('小明');
  });

  it('keeps the meaningful first characters of a role-like account name', () => {
    expect(avatarText('管理员')).toBe('管理');
    expect(avatarText('系统管理员')).toBe('系统');
    expect(avatarText('财务部')).toBe('财务');
    expect(avatarText('超级用户')).toBe('超级');
  });

  it('uses initials for Latin names', () => {
    expect(avatarText('Zhang San')).toBe('ZS');
    expect(avatarText('mary-jane watson')).toBe('MW');
    expect(avatarText('admin')).toBe('Ad');
  });

  it('shows nothing for an empty name, so the avatar falls back to its icon', () => {
    expect(avatarText('   ')).toBe('');
  });
});
