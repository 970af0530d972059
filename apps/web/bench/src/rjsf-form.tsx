import type { ReactElement } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import Form from '@rjsf/core';
import AntdThemeForm from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import type { BenchFixture } from './fixture';

// RJSF's own theme (plain HTML inputs), its ajv8 validator on the 2020-12 dialect our schemas use.
// Not strict: our schemas carry x-label / x-type annotations ajv does not know.
const validator = customizeValidator({ AjvClass: Ajv2020, ajvOptionsOverrides: { strict: false } });

// RJSF types its schemas as draft-07; ours is the same JSON, typed as 2020-12
const rjsfSchema = (fx: BenchFixture): RJSFSchema => fx.schema;

export function rjsfForm(fx: BenchFixture): ReactElement {
  return <Form schema={rjsfSchema(fx)} validator={validator} formData={fx.data} />;
}

/** RJSF drawn with antd widgets: tells what of a mount time is antd's and what the renderer's. */
export function rjsfAntdForm(fx: BenchFixture): ReactElement {
  return (
    <ConfigProvider locale={zhCN}>
      <AntdThemeForm schema={rjsfSchema(fx)} validator={validator} formData={fx.data} />
    </ConfigProvider>
  );
}

export function rjsfInput(key: string): HTMLInputElement | null {
  return document.getElementById(`root_${key}`) as HTMLInputElement | null;
}
