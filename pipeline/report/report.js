// Label filter: an unchecked box hides that label's bars and table rows (CSS rules body.hide-KEY).
for (const box of document.querySelectorAll("#filter input[data-key]")) {
  box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.key, !box.checked));
}
// Hovering a quotation's label lights up its speaker's mention.
function lightSpeaker(event, on) {
  const chip = event.target.closest && event.target.closest(".chip[data-link]");
  if (!chip || !chip.dataset.link) return;
  const article = chip.closest("section");
  for (const token of article.querySelectorAll('[data-spans~="' + chip.dataset.link + '"]')) {
    token.classList.toggle("lit", on);
  }
}
document.addEventListener("mouseover", (event) => lightSpeaker(event, true));
document.addEventListener("mouseout", (event) => lightSpeaker(event, false));
