/** Signoff's own strings in Chinese, the first language; `en.ts` must have the same keys. */
export const zh = {
  app: { name: 'Signoff', slogan: '审批，从填表到办结' },
  header: { loading: '加载中' },
  login: {
    title: '登录 Signoff',
    subtitle: '企业审批，随时随地',
    tenantCode: '企业代码',
    login: '账号',
    password: '密码',
    submit: '登录',
    tenantRequired: '请输入企业代码',
    loginRequired: '请输入账号',
    passwordRequired: '请输入密码',
  },
  password: {
    title: '修改密码',
    firstLogin: '首次登录或密码已被管理员重置，请设置新密码后继续。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    rules: '至少 8 位，包含字母、数字、符号中的两类；不能是 123456、ABCDEF、AAAAAA 这类密码，也不能包含账号。',
    mismatch: '两次输入的新密码不一致',
    submit: '保存新密码',
    done: '密码已修改，其他设备上的登录已退出',
    required: '请输入密码',
  },
  errors: {
    network: '网络异常，请稍后重试',
    unknown: '出错了，请稍后重试',
  },
};

/** The shape both languages share; keys are checked at compile time, values are any text. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zh>;
