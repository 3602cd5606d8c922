import { describe, expect, it } from 'vitest';
import { islandsSettled, islandStarted } from './islands';

describe('islands settling', () => {
	it('says the page is interactive only once every island started has mounted or given up', async () => {
		// Arrange
		const first = islandStarted();
		const second = islandStarted();
		let settled = false;
		const waiting = islandsSettled().then(() => (settled = true));

		// Act: one mounts (twice over: a second call changes nothing), the other not yet
		first();
		first();
		await Promise.resolve();

		// Assert
		expect(settled).toBe(false);
		second();
		await waiting;
		expect(settled).toBe(true);
	});

	it('is settled at once on a page without islands', async () => {
		// Act, Assert
		await expect(islandsSettled()).resolves.toBeUndefined();
	});
});
