import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/**
 * The route import dialog (`t('routeImport.…')`) and the messages of its pure readers, which read
 * this bundle directly (through `fill`) so they return zh and en without i18next. Added to i18next
 * when the designer's chunk loads, not in i18n.ts, so the fill and approve pages never carry it.
 */
export const importStrings = featureBundle(
  {
    dialog: {
      title: '导入流程',
      intro:
        '粘贴流程的 JSON（流程定义，或含 flow 的模板文件），或选择 .json / .bpmn 文件。导入会替换当前流程，可撤销。',
      pasteLabel: '流程 JSON',
      pastePlaceholder: '{ "key": "…", "nodes": [ … ], "edges": [ … ] }',
      pickFile: '选择文件（.json / .bpmn）',
      fileLabel: '流程文件',
      reading: '正在读取…',
      read: '读取',
      import: '导入',
      importAnyway: '仍然导入（{{count}} 个问题）',
      cancel: '取消',
      refused: '未导入',
      fromFile: '文件「{{name}}」',
      summary: '读到 {{nodes}} 个节点、{{edges}} 条连线。',
      clean: '没有发现问题，可以导入。',
      problemsTitle: '这个流程有 {{count}} 个问题',
      problemsHelp: '仍可导入，问题会标在画布上；问题全部解决之前不能发布。',
    },
    errors: {
      empty: '没有内容：请粘贴流程 JSON 或选择文件',
      jsonAt: 'JSON 格式错误（第 {{line}} 行第 {{column}} 列）：{{what}}',
      json: {
        end: '内容没有结束，可能缺少括号或引号',
        unexpected: '出现了不该有的字符「{{found}}」',
        expectedValue: '这里需要一个值，却是「{{found}}」',
        expectedName: '这里需要用双引号括起的属性名，却是「{{found}}」',
        expectedColon: '属性名后面需要冒号',
        expectedCommaOrClose: '这里需要逗号或右括号，却是「{{found}}」',
        trailingComma: '最后一项后面多了逗号',
        badString: '字符串有误（未结束，或含有未转义的字符）',
        badNumber: '数字有误',
        duplicateName: '属性「{{found}}」重复',
        extra: '内容结束后还有多余的字符「{{found}}」',
      },
      notRoute: '这不是流程：需要含有节点列表（nodes）和连线列表（edges）的对象，或含 flow 的模板文件',
      xmlAt: 'XML 格式错误（第 {{line}} 行第 {{column}} 列）：{{what}}',
      xml: '无法读取 XML：{{what}}',
      xmlReasons: {
        'closing tag mismatch': '结束标签与开始标签不匹配',
        'missing start tag': '缺少开始标签',
        'unclosed tag': '标签没有闭合',
        'unexpected end of file': '文件意外结束',
      },
      notBpmn: '这不是 BPMN 2.0 文件（缺少 bpmn:definitions）',
      bpmn: '无法读取 BPMN 文件：{{what}}',
      fileKind: '只能导入 .json 或 .bpmn 文件，「{{name}}」不是',
      fileRead: '无法读取文件「{{name}}」',
    },
    org: {
      position: '{{node}}的审批人：组织中没有职位「{{name}}」',
      department: '{{node}}的审批人：组织中没有部门「{{name}}」',
      role: '{{node}}的审批人：没有在职成员担任角色「{{name}}」',
      user: '{{node}}的审批人：组织中没有成员「{{name}}」',
      userLeft: '{{node}}的审批人：「{{name}}」已离职或已停用',
    },
  },
  {
    dialog: {
      title: 'Import a route',
      intro:
        'Paste the route as JSON (a route definition, or a template file with its flow), or pick a .json / .bpmn file. Importing replaces the current route; you can undo it.',
      pasteLabel: 'Route JSON',
      pastePlaceholder: '{ "key": "…", "nodes": [ … ], "edges": [ … ] }',
      pickFile: 'Choose a file (.json / .bpmn)',
      fileLabel: 'Route file',
      reading: 'Reading…',
      read: 'Read',
      import: 'Import',
      importAnyway: 'Import anyway ({{count}} problems)',
      cancel: 'Cancel',
      refused: 'Not imported',
      fromFile: 'File "{{name}}"',
      summary: 'Read {{nodes}} nodes and {{edges}} edges.',
      clean: 'No problems found; ready to import.',
      problemsTitle: 'This route has {{count}} problem(s)',
      problemsHelp:
        'You can still import it: the problems are marked on the canvas, and the route cannot be published until they are fixed.',
    },
    errors: {
      empty: 'Nothing to import: paste a route as JSON or choose a file',
      jsonAt: 'The JSON is malformed (line {{line}}, column {{column}}): {{what}}',
      json: {
        end: 'the text ends too early; a bracket or a quote may be missing',
        unexpected: 'unexpected character "{{found}}"',
        expectedValue: 'a value is needed here, not "{{found}}"',
        expectedName: 'a property name in double quotes is needed here, not "{{found}}"',
        expectedColon: 'a colon is needed after the property name',
        expectedCommaOrClose: 'a comma or a closing bracket is needed here, not "{{found}}"',
        trailingComma: 'a comma after the last item',
        badString: 'a string is unterminated or holds an unescaped character',
        badNumber: 'a malformed number',
        duplicateName: 'the property "{{found}}" appears twice',
        extra: 'more text after the end: "{{found}}"',
      },
      notRoute:
        'This is not a route: it needs an object with a list of nodes (nodes) and a list of edges (edges), or a template file with its flow',
      xmlAt: 'The XML is malformed (line {{line}}, column {{column}}): {{what}}',
      xml: 'The XML cannot be read: {{what}}',
      xmlReasons: {
        'closing tag mismatch': 'a closing tag does not match its opening tag',
        'missing start tag': 'a start tag is missing',
        'unclosed tag': 'a tag is not closed',
        'unexpected end of file': 'the file ends too early',
      },
      notBpmn: 'This is not a BPMN 2.0 file (no bpmn:definitions)',
      bpmn: 'The BPMN file cannot be read: {{what}}',
      fileKind: 'Only .json and .bpmn files can be imported; "{{name}}" is neither',
      fileRead: 'The file "{{name}}" cannot be read',
    },
    org: {
      position: '{{node}} approvers: the org has no position "{{name}}"',
      department: '{{node}} approvers: the org has no department "{{name}}"',
      role: '{{node}} approvers: no active member holds the role "{{name}}"',
      user: '{{node}} approvers: the org has no member "{{name}}"',
      userLeft: '{{node}} approvers: "{{name}}" has left or is deactivated',
    },
  },
);

export type ImportStrings = (typeof importStrings)['zh'];

for (const lang of ['zh', 'en'] as const) {
  i18n.addResourceBundle(lang, 'translation', { routeImport: importStrings[lang] }, true, true);
}
