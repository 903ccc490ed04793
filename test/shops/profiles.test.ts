import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  CREATE_CREATOR_PROFILE,
  anonymous,
  creatorWithShop,
  expectData,
  expectError,
  signIn,
  startShopsRuntime,
  tableItems,
} from './support.ts';

const ME = `{ me { id roles profile { id displayName bio avatarUrl } creator { id displayName creatorSince } shop { slug } } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio avatarUrl createdAt updatedAt } }`;
const CREATOR = `query ($id: ID!) { creator(id: $id) { id displayName bio creatorSince shop { slug } } }`;

describe('identity and onboarding', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startShopsRuntime();
  });

  afterAll(() => runtime?.stop());

  describe('me', () => {
    it('answers a new user with their id and roles, and no profile yet', async () => {
      // Prepare
      const shopper = await signIn(runtime, ['shoppers', 'creators'], 'both');

      // Act
      const me = expectData(await shopper.call(ME)).me;

      // Assess
      expect(me).toMatchObject({ id: shopper.sub, roles: ['SHOPPER', 'CREATOR'], profile: null, creator: null, shop: null });
    });

    it('shows the profile, the creator profile and the shop once they exist', async () => {
      const { user } = await creatorWithShop(runtime, 'me-shows-shop');

      const me = expectData(await user.call(ME)).me;

      expect(me).toMatchObject({
        id: user.sub,
        profile: { id: user.sub, displayName: 'Test Creator' },
        creator: { id: user.sub, displayName: 'Test Creator' },
        shop: { slug: 'me-shows-shop' },
      });
    });

    it('is refused to the API key: there is no user to answer for', async () => {
      const res = await anonymous(runtime).call(ME);

      expectError(res, 'Unauthorized');
      expect(res.body.data).toBeNull();
    });
  });

  describe('updateProfile', () => {
    it('creates the profile on first save and keeps fields left out on later saves', async () => {
      const shopper = await signIn(runtime, ['shoppers']);

      const created = expectData(
        await shopper.call(UPDATE_PROFILE, { input: { displayName: '  Sam  ', bio: 'Buys pans.' } }),
      ).updateProfile;
      const updated = expectData(await shopper.call(UPDATE_PROFILE, { input: { avatarUrl: 'https://img.example/sam.png' } })).updateProfile;

      expect(created).toMatchObject({ id: shopper.sub, displayName: 'Sam', bio: 'Buys pans.', avatarUrl: null });
      expect(updated).toMatchObject({ displayName: 'Sam', bio: 'Buys pans.', avatarUrl: 'https://img.example/sam.png' });
      expect(updated.createdAt).toBe(created.createdAt);
    });

    it('removes an optional field set to null', async () => {
      const shopper = await signIn(runtime, ['shoppers']);
      expectData(await shopper.call(UPDATE_PROFILE, { input: { displayName: 'Sam', bio: 'Old bio' } }));

      const updated = expectData(await shopper.call(UPDATE_PROFILE, { input: { bio: null } })).updateProfile;

      expect(updated.bio).toBeNull();
      expect(updated.displayName).toBe('Sam');
    });

    it('counts characters as Unicode code points: 60 emoji are a valid displayName, 61 are not', async () => {
      const shopper = await signIn(runtime, ['shoppers']);

      const saved = expectData(await shopper.call(UPDATE_PROFILE, { input: { displayName: '😀'.repeat(60) } })).updateProfile;
      const error = expectError(await shopper.call(UPDATE_PROFILE, { input: { displayName: '😀'.repeat(61) } }), 'VALIDATION');

      expect(saved.displayName).toBe('😀'.repeat(60));
      expect(error.errorInfo.problems).toEqual([{ field: 'displayName', message: 'must be at most 60 characters' }]);
    });

    it('refuses a first save without a displayName, and writes nothing', async () => {
      const shopper = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime);

      const error = expectError(await shopper.call(UPDATE_PROFILE, { input: { bio: 'No name yet' } }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field: 'displayName', message: 'is required for a new profile' }]);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it.each([
      [{ displayName: '   ' }, 'displayName', 'cannot be blank'],
      [{ displayName: null }, 'displayName', 'cannot be removed'],
      [{ displayName: 'x'.repeat(61) }, 'displayName', 'must be at most 60 characters'],
      [{ bio: 'x'.repeat(501) }, 'bio', 'must be at most 500 characters'],
      [{ avatarUrl: 'http://img.example/a.png' }, 'avatarUrl', 'must be an https:// URL'],
      [{}, 'input', 'must change at least one field'],
    ])('refuses %j with VALIDATION on %s, writing nothing', async (input, field, message) => {
      const shopper = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime);

      const error = expectError(await shopper.call(UPDATE_PROFILE, { input }), 'VALIDATION');

      expect(error.errorInfo.problems).toContainEqual({ field, message });
      expect(await tableItems(runtime)).toEqual(before);
    });
  });

  describe('createCreatorProfile and creator', () => {
    it('makes a creator public, keeping what the profile had', async () => {
      const user = await signIn(runtime, ['creators']);
      expectData(await user.call(UPDATE_PROFILE, { input: { displayName: 'Old Name', bio: 'Kept bio' } }));

      const created = expectData(await user.call(CREATE_CREATOR_PROFILE, { input: { displayName: 'Cora' } })).createCreatorProfile;
      const publicView = expectData(await anonymous(runtime).call(CREATOR, { id: user.sub })).creator;

      expect(created).toMatchObject({ id: user.sub, displayName: 'Cora', bio: 'Kept bio', shop: null });
      expect(publicView).toEqual({ id: user.sub, displayName: 'Cora', bio: 'Kept bio', creatorSince: created.creatorSince, shop: null });
    });

    it('refuses a second creator profile with CONFLICT', async () => {
      const user = await signIn(runtime, ['creators']);
      expectData(await user.call(CREATE_CREATOR_PROFILE, { input: { displayName: 'Once' } }));
      const before = await tableItems(runtime);

      expectError(await user.call(CREATE_CREATOR_PROFILE, { input: { displayName: 'Twice' } }), 'CONFLICT');

      expect(await tableItems(runtime)).toEqual(before);
    });

    it('refuses invalid input with VALIDATION, listing every problem, and writes nothing', async () => {
      const user = await signIn(runtime, ['creators']);
      const before = await tableItems(runtime);

      const error = expectError(
        await user.call(CREATE_CREATOR_PROFILE, { input: { displayName: '', bio: 'b'.repeat(501), avatarUrl: 'ftp://x.example/a' } }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems.map((p: { field: string }) => p.field)).toEqual(['displayName', 'bio', 'avatarUrl']);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('is for the creators group only', async () => {
      const shopper = await signIn(runtime, ['shoppers']);

      expectError(await shopper.call(CREATE_CREATOR_PROFILE, { input: { displayName: 'Not a creator' } }), 'Unauthorized');
    });

    it('does not show a user without a creator profile as a creator', async () => {
      const shopper = await signIn(runtime, ['shoppers']);
      expectData(await shopper.call(UPDATE_PROFILE, { input: { displayName: 'Just shopping' } }));

      expect(expectData(await anonymous(runtime).call(CREATOR, { id: shopper.sub })).creator).toBeNull();
      expect(expectData(await anonymous(runtime).call(CREATOR, { id: 'nobody' })).creator).toBeNull();
    });
  });
});
