import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '../../i18n/i18n';
import { TemplateTile } from './TemplateTile';

const leave = {
  templateId: 'tpl-leave',
  key: 'leave',
  title: { zh: '请假申请', en: 'Leave request' },
  description: null,
  folder: null,
};

describe('a start page tile', () => {
  it('offers those who design a 设计 link beside the tile, not inside its link', () => {
    render(
      <MemoryRouter>
        <TemplateTile template={leave} designable />
      </MemoryRouter>,
    );
    const design = screen.getByRole('link', { name: '设计「请假申请」' });
    expect(design.getAttribute('href')).toBe('/designer/forms/tpl-leave');
    const tile = screen.getByTestId('form-card-leave');
    expect(tile.getAttribute('href')).toBe('/apply/tpl-leave');
    // two tab stops: neither link contains the other
    expect(tile.contains(design)).toBe(false);
    expect(design.contains(tile)).toBe(false);
  });

  it('shows no design link to others', () => {
    render(
      <MemoryRouter>
        <TemplateTile template={leave} />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
