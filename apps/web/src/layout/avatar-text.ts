// Chinese account names that name a role or a unit rather than a person (管理员, 财务部, 系统):
// their first characters carry the meaning, so they keep those, where a personal name keeps its given name.
const ROLE_SUFFIXES = [
  '员',
  '部',
  '组',
  '室',
  '处',
  '科',
  '中心',
  '账号',
  '帐号',
  '系统',
  '助手',
  '机器人',
  '平台',
  '公司',
];
const ROLE_PREFIXES = ['系统', '超级', '测试'];

const HAN = /^\p{Script=Han}+$/u;

/**
 * The one or two characters an avatar shows (rule in docs/desk.md): a Chinese personal name of
 * three or more characters shows its last two (张三丰 → 三丰, 欧阳娜娜 → 娜娜, as DingTalk does),
 * two or fewer show whole; a role-like account name shows its first two (管理员 → 管理); a Latin
 * name shows the initials of its first and last words (Zhang San → ZS) or, as one word, its
 * first two letters (admin → Ad).
 */
export function avatarText(name: string): string {
  const clean = name.trim();
  if (!clean) return '';
  const chars = Array.from(clean);
  if (HAN.test(clean)) {
    if (chars.length <= 2) return clean;
    const roleLike =
      ROLE_SUFFIXES.some((s) => clean.endsWith(s)) || ROLE_PREFIXES.some((p) => clean.startsWith(p));
    return (roleLike ? chars.slice(0, 2) : chars.slice(-2)).join('');
  }
  const words = clean.split(/[\s._-]+/).filter(Boolean);
  const first = words[0] ?? clean;
  const last = words[words.length - 1] ?? first;
  if (words.length >= 2) return `${Array.from(first)[0] ?? ''}${Array.from(last)[0] ?? ''}`.toUpperCase();
  const letters = Array.from(first);
  return `${(letters[0] ?? '').toUpperCase()}${letters[1] ?? ''}`;
}
