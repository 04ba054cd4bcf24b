import modelFile from "./request-model.json" with { type: "json" };
import { modelFromFile, type RequestModelFile } from "./request-model.js";

/** The model `npm run train` wrote, read once. */
export const trainedRequestModel = modelFromFile(modelFile as RequestModelFile);
