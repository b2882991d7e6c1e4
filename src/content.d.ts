// The quiz content, made from statements/ by src/lib/server/content-plugin.ts.
declare module 'virtual:content/core' {
	const core: import('$lib/content/schema').ContentCore;
	export default core;
}
declare module 'virtual:content/details' {
	const details: import('$lib/content/schema').ContentDetails;
	export default details;
}
declare module 'virtual:content/open-data' {
	const content: import('$lib/content/schema').Content;
	export default content;
}
