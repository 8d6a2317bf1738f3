import { describe, expect, it } from 'vitest';
import {
  compareHref,
  parseRoute,
  roleHref,
  storyHref,
} from '../../../../renderer/src/services/routes';

describe('hash routes', () => {
  it('round-trips a role id, including characters that need encoding', () => {
    for (const id of ['abc', 'a b/c?d#e', '😀']) {
      expect(parseRoute(roleHref(id))).toEqual({ name: 'role', roleId: id });
    }
  });

  it('knows the Agenda', () => {
    expect(parseRoute('#/agenda')).toEqual({ name: 'agenda' });
  });

  it('knows the Stories list and round-trips a story id', () => {
    expect(parseRoute('#/stories')).toEqual({ name: 'stories' });
    expect(parseRoute('#/insights')).toEqual({ name: 'insights' });
    for (const id of ['abc', 'a b/c?d#e']) {
      expect(parseRoute(storyHref(id))).toEqual({ name: 'story', storyId: id });
    }
  });

  it('falls back to the Roles screen for anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/roles/',
      '#/nope',
      '#/roles/%E0%A4%A',
      '#/roles/a/b',
      '#/stories/',
      '#/stories/a/b',
      '#/compare/',
      '#/compare/%E0%A4%A,b',
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'roles' });
    }
  });

  it('round-trips the roles of a comparison, in order, whatever their ids hold', () => {
    const ids = ['b-2', 'a,1', 'c/3 ä'];
    expect(parseRoute(compareHref(ids))).toEqual({ name: 'compare', roleIds: ids });
  });
});
