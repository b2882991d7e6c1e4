import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { ContentSchema } from '$lib/content/schema';

// Generated from the same zod schema that validates the content, so the two cannot drift apart.
export const prerender = true;

export const GET = () =>
	json({
		$id: '/statements.schema.json',
		...z.toJSONSchema(ContentSchema, { target: 'draft-2020-12' })
	});
