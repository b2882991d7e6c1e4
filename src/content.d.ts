// The quiz content, made from statements/ by src/lib/server/content-plugin.ts:
// `virtual:content/<name>` in Dutch, `virtual:content/<language>/<name>` translated
// (statements/i18n/<language>.yaml), in the same shapes. Each pattern matches both: its `*` is
// empty for Dutch and `en/` for English.
declare module 'virtual:content/*core' {
	const core: import('$lib/content/schema').ContentCore;
	export default core;
}
declare module 'virtual:content/*intros' {
	const intros: import('$lib/content/schema').ContentIntros;
	export default intros;
}
declare module 'virtual:content/*texts' {
	const texts: import('$lib/content/schema').ContentTexts;
	export default texts;
}
declare module 'virtual:content/*glossary' {
	const glossary: import('$lib/content/schema').GlossaryExplanations;
	export default glossary;
}
declare module 'virtual:content/*details' {
	const details: import('$lib/content/schema').ContentDetails;
	export default details;
}
declare module 'virtual:content/*open-data' {
	const content: import('$lib/content/schema').Content;
	export default content;
}
declare module 'virtual:content/*reverse' {
	const reverse: import('$lib/server/content-plugin').ReverseStatement[];
	export default reverse;
}
// Dutch only: the same for every language.
declare module 'virtual:content/changelog' {
	const changelog: import('$lib/content/schema').Version[];
	export default changelog;
}
declare module 'virtual:content/site' {
	const site: import('$lib/server/content-plugin').Site;
	export default site;
}
