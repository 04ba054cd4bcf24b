import { type Request, type Response, Router } from "express";

/** Where the copy buttons' script is served; the pages' policy allows scripts from SafeIntro itself only. */
export const COPY_SCRIPT_PATH = "/assets/copy-address.js";

/**
 * The one script of the pages: a button with data-copy="<input id>" copies that input's value.
 * Without script the address is still in a read-only field, selectable by hand, and the
 * buttons stay hidden (they are shown only once the script runs).
 */
const COPY_SCRIPT = `"use strict";
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) return;
    navigator.clipboard.writeText(field.value).then(function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
});
`;

export function copyButtonScript(): Router {
  const router = Router();
  router.get(COPY_SCRIPT_PATH, (_request: Request, response: Response) => {
    response.type("application/javascript").set("Cache-Control", "public, max-age=3600").send(COPY_SCRIPT);
  });
  return router;
}
