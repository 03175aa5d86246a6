import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { App } from './App.tsx';

it('renders the placeholder heading', () => {
  render(<App />);
  expect(screen.getByRole('heading', { level: 1, name: 'Replica Lab' })).toBeInTheDocument();
});
