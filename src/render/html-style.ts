/** The report's inline stylesheet (no external fonts or assets): light and dark, print-friendly. */
export const STYLE = `
:root{--bg:#f7f6f2;--card:#fff;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e1da;--accent:#1f5fa8;
--ok:#1e7a46;--ok-bg:#e4f4ea;--warn:#9a5b00;--warn-bg:#fdf1dc;--bad:#b42318;--bad-bg:#fde8e6;--mark:#fff1a8}
@media (prefers-color-scheme:dark){:root{--bg:#141416;--card:#1d1d21;--ink:#ececf0;--muted:#a0a0a8;--line:#33333a;
--accent:#7fb0ff;--ok:#6fd69a;--ok-bg:#173224;--warn:#f2b65c;--warn-bg:#3a2a12;--bad:#ff8a80;--bad-bg:#3b1a18;--mark:#5a4d12}}
*{box-sizing:border-box}
html{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:var(--bg);color:var(--ink)}
body{margin:0}
a{color:var(--accent)}
header.top{background:var(--card);border-bottom:1px solid var(--line);padding:1.5rem 1rem 1rem}
.wrap{max-width:68rem;margin:0 auto;padding:0 1rem}
h1{font:600 1.7rem/1.2 Georgia,"Times New Roman",serif;margin:0 0 .35rem}
h2{font:600 1.25rem/1.3 Georgia,"Times New Roman",serif;margin:0 0 .75rem;display:flex;gap:.5rem;align-items:baseline}
h2 .count{font:500 .8rem system-ui,sans-serif;color:var(--muted)}
h3{font-size:1rem;margin:1.1rem 0 .5rem}
.meta{color:var(--muted);font-size:.92rem;margin:0}
nav.toc{position:sticky;top:0;z-index:5;background:var(--card);border-bottom:1px solid var(--line)}
nav.toc .wrap{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:.5rem 1rem;font-size:.88rem}
nav.toc a{text-decoration:none}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.25rem;margin:1.1rem 0}
.empty{color:var(--muted);font-style:italic;margin:0}
.summary p{font:1.08rem/1.7 Georgia,"Times New Roman",serif;margin:0}
.chip{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .55rem;font-size:.78rem;margin:.1rem .15rem .1rem 0;white-space:nowrap;background:var(--bg)}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.72rem;font-weight:600;letter-spacing:.02em;text-transform:uppercase;vertical-align:.1em}
.b-ok{background:var(--ok-bg);color:var(--ok)}.b-warn{background:var(--warn-bg);color:var(--warn)}.b-bad{background:var(--bad-bg);color:var(--bad)}
.b-muted{background:var(--bg);color:var(--muted);border:1px solid var(--line)}
ul.items{list-style:none;margin:0;padding:0}
ul.items>li{padding:.5rem 0;border-top:1px solid var(--line)}
ul.items>li:first-child{border-top:0}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.03em}
.scroll{overflow-x:auto}
.cite{position:relative;display:inline-block;font:600 .7rem/1 system-ui,sans-serif;color:var(--accent);background:var(--bg);
border:1px solid var(--line);border-radius:4px;padding:.12rem .28rem;margin-left:.15rem;vertical-align:.35em;cursor:pointer}
.cite:focus{outline:2px solid var(--accent);outline-offset:1px}
.pop{display:none;position:absolute;left:50%;bottom:calc(100% + 6px);transform:translateX(-50%);width:min(26rem,80vw);z-index:10;
background:var(--card);color:var(--ink);border:1px solid var(--line);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);
padding:.6rem .75rem;font:400 .88rem/1.5 system-ui,sans-serif;text-align:left;cursor:auto;white-space:normal}
.cite:hover .pop,.cite:focus .pop,.cite:focus-within .pop{display:block}
.pop .src{display:block;font-weight:600;margin-bottom:.25rem}
.pop .ctx{color:var(--muted)}
.pop a{display:inline-block;margin-top:.35rem;font-size:.8rem}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 .05em}
blockquote{margin:.25rem 0;padding:.1rem 0 .1rem .8rem;border-left:3px solid var(--line);font-family:Georgia,"Times New Roman",serif}
.diff{background:var(--warn-bg);color:var(--warn);border-radius:2px;padding:0 .1em}
.group{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;margin:.6rem 0}
.who{font-weight:600}
.variant{display:grid;grid-template-columns:minmax(6rem,12rem) 1fr;gap:.75rem;padding:.35rem 0;border-top:1px dashed var(--line)}
.variant .value{font-weight:600;color:var(--bad)}
ol.timeline{list-style:none;margin:0;padding:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:.3rem 0 .6rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:.75rem;width:10px;height:10px;border-radius:50%;background:var(--accent)}
.date{font:600 .9rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin-right:.5rem}
details.fold>summary{cursor:pointer;list-style-position:outside;margin-left:1rem}
details.fold>summary h3{display:inline-block;margin:.6rem 0}
details.article{border-top:1px solid var(--line);padding:.6rem 0}
details.article:first-of-type{border-top:0}
details.article summary{cursor:pointer;font-weight:600}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .9rem;font-size:.88rem;margin:.6rem 0}
dl.kv dt{color:var(--muted)}dl.kv dd{margin:0}
ul.removed{margin:.3rem 0 .6rem;padding-left:1.1rem;font-size:.86rem}
ul.removed li span.line{text-decoration:line-through;text-decoration-color:var(--muted);color:var(--muted)}
.text{white-space:pre-wrap;font:.95rem/1.65 Georgia,"Times New Roman",serif;background:var(--bg);border-radius:8px;padding:.8rem 1rem;max-height:36rem;overflow:auto}
.text .ev{border-bottom:1px dotted var(--muted)}
.anchor{scroll-margin-top:4rem}
.anchor:target::before{content:"▶";color:var(--accent);margin-right:.1rem}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem 0 2rem}
@media (max-width:40rem){.pop{position:fixed;left:.5rem;right:.5rem;bottom:.5rem;top:auto;transform:none;width:auto;max-height:50vh;overflow:auto}}
@media print{.pop{display:none!important}nav.toc{display:none}.text{max-height:none}section{break-inside:avoid-page}}
`;
