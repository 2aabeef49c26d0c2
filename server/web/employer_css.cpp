// The stylesheet of the web pages (the employer's page and the referral
// forms), served at /web/employer.css (the Content-Security-Policy allows
// styles only from this server, never inline). Plain CSS: readable on a
// phone, high contrast, clean on A4 paper.
#include "server/web/employer_page.h"

namespace rtw::server::web {

const std::string& employerCss() {
    static const std::string css = R"css(
*, *::before, *::after { box-sizing: border-box; }
html { font-family: Arial, Helvetica, sans-serif; font-size: 100%; line-height: 1.5;
       color: #212b32; background: #f0f4f5; }
body { margin: 0; }
.skip { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: #ffeb3b;
        color: #212b32; }
.skip:focus { left: 0; }
.banner { background: #005eb8; color: #fff; padding: 0.75rem 1rem; }
.banner .service { margin: 0 auto; max-width: 48rem; padding: 0 1rem; font-weight: bold; }
main { display: block; margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.375rem; margin: 0 0 0.5rem; }
h3 { font-size: 1.125rem; margin: 1rem 0 0.5rem; }
.lead { margin: 0 0 1rem; color: #4c6272; }
section { background: #fff; border: 1px solid #d8dde0; border-radius: 4px; padding: 1rem;
          margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #d8dde0; }
thead th { border-bottom: 2px solid #4c6272; }
.items { padding-left: 1.25rem; margin: 0; }
.items li { margin-bottom: 0.5rem; }
.meta { display: block; color: #4c6272; }
.plain { list-style: none; padding: 0; margin: 0; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
a { color: #005eb8; }
a:focus, button:focus, textarea:focus { outline: 3px solid #ffeb3b; outline-offset: 0;
                                        box-shadow: 0 0 0 5px #212b32; }
form { margin: 0 0 1.5rem; }
label { display: block; font-weight: bold; margin-bottom: 0.25rem; }
.hint { margin: 0 0 0.5rem; color: #4c6272; }
textarea { display: block; width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #4c6272;
           border-radius: 0; margin-bottom: 0.75rem; }
textarea[aria-invalid="true"] { border-color: #d5281b; }
button { font: inherit; font-weight: bold; color: #fff; background: #007f3b; border: 0;
         border-radius: 4px; padding: 0.75rem 1rem; cursor: pointer;
         box-shadow: 0 4px 0 #00401e; }
.error { color: #d5281b; font-weight: bold; margin: 0 0 0.5rem; }
.notice { border-left: 8px solid #007f3b; background: #fff; padding: 0.5rem 1rem; margin: 0 0 1rem; }
.done { font-weight: bold; }
.footer { margin: 0 auto; max-width: 48rem; padding: 0 1rem 2rem; color: #4c6272;
          font-size: 0.875rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                   clip: rect(0 0 0 0); white-space: nowrap; }
input[type="text"] { display: block; width: 100%; font: inherit; padding: 0.375rem 0.5rem;
                    border: 2px solid #4c6272; border-radius: 0; }
input.short { max-width: 11rem; }
input.medium { max-width: 18rem; }
input[aria-invalid="true"] { border-color: #d5281b; }
input:focus { outline: 3px solid #ffeb3b; outline-offset: 0; box-shadow: 0 0 0 5px #212b32; }
.field { margin: 0 0 1.25rem; }
.field-error { border-left: 4px solid #d5281b; padding-left: 0.75rem; }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
legend { font-weight: bold; margin-bottom: 0.25rem; padding: 0; }
.choice { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0 0 0.375rem; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: #005eb8; }
.choice label { font-weight: normal; margin: 0; }
.error-summary { border: 4px solid #d5281b; background: #fff; padding: 1rem; margin: 0 0 1rem; }
.error-summary h2 { margin-top: 0; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: #d5281b; font-weight: bold; }
.panel { background: #007f3b; color: #fff; padding: 1rem 1.5rem; margin: 1rem 0; }
.panel h1 { margin-top: 0; }
.status-link { word-break: break-all; font-weight: bold; }
.stages { margin: 0; padding-left: 1.5rem; }
.stages li { margin-bottom: 0.5rem; }
.stages .stage:not(.done) { color: #4c6272; }
.summary { white-space: pre-line; }
@media (max-width: 30rem) {
  h1 { font-size: 1.625rem; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table, tbody, tr, th, td { display: block; width: 100%; }
  tr { border-bottom: 1px solid #d8dde0; padding: 0.5rem 0; }
  th, td { border: 0; padding: 0.125rem 0; }
  td:nth-of-type(1)::before { content: "Days a week: "; font-weight: bold; }
  td:nth-of-type(2)::before { content: "Hours a day: "; font-weight: bold; }
  td:nth-of-type(3):empty { display: none; }
  dl { grid-template-columns: 1fr; }
}
@page { size: A4; margin: 15mm; }
@media print {
  html { background: #fff; font-size: 11pt; color: #000; }
  .skip, .respond, .notice { display: none; }
  .banner { background: none; color: #000; padding: 0 0 0.25rem; }
  .banner .service { max-width: none; padding: 0; }
  main, .footer { max-width: none; padding: 0; }
  section { border: 0; border-top: 1px solid #000; border-radius: 0; padding: 0.5rem 0;
            break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  h1 { margin-top: 0; }
}
)css";
    return css;
}

}  // namespace rtw::server::web
