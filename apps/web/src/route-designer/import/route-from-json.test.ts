import { describe, expect, it } from 'vitest';
import { testFlow } from '../settings/test-route';
import { routeFromJson } from './route-from-json';

const refused = (text: string) => {
  const read = routeFromJson(text);
  if (read.ok) throw new Error('expected a refusal');
  return read.error;
};

describe('routeFromJson', () => {
  it('reads a route definition, a saved template (flow) and a catalog template file (route)', () => {
    const text = JSON.stringify(testFlow);
    expect(routeFromJson(text)).toEqual({ ok: true, flow: testFlow });
    expect(routeFromJson(JSON.stringify({ templateId: 't', flow: testFlow }))).toEqual({
      ok: true,
      flow: testFlow,
    });
    expect(routeFromJson(JSON.stringify({ key: 'contract', form: {}, route: testFlow }))).toEqual({
      ok: true,
      flow: testFlow,
    });
  });

  it('says where malformed JSON goes wrong, in both languages', () => {
    expect(refused('{\n  "key": "k",\n  "nodes": [1, 2,]\n}')).toEqual({
      zh: 'JSON 格式错误（第 3 行第 17 列）：最后一项后面多了逗号',
      en: 'The JSON is malformed (line 3, column 17): a comma after the last item',
    });
    expect(refused("{'key': 1}").en).toBe(
      'The JSON is malformed (line 1, column 2): a property name in double quotes is needed here, not "\'"',
    );
    expect(refused('{"nodes": [').zh).toMatch(/^JSON 格式错误（第 1 行第 12 列）：内容没有结束/);
  });

  it('refuses a value that is not a route', () => {
    const notRoute = {
      zh: '这不是流程：需要含有节点列表（nodes）和连线列表（edges）的对象，或含 flow 的模板文件',
      en: 'This is not a route: it needs an object with a list of nodes (nodes) and a list of edges (edges), or a template file with its flow',
    };
    expect(refused('[1, 2]')).toEqual(notRoute);
    expect(refused('{"nodes": []}')).toEqual(notRoute);
    expect(refused('{"flow": {"nodes": {}, "edges": []}}')).toEqual(notRoute);
    expect(refused('"text"')).toEqual(notRoute);
    expect(refused('  \n').en).toBe('Nothing to import: paste a route as JSON or choose a file');
  });
});
