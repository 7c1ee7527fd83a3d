/** Every term extractor, in the order their terms are reported. */
import type { Extractor } from "../document.js";
import { agreementDate } from "./agreementDate.js";
import { bankClosings } from "./bankClosings.js";
import { changes } from "./changes.js";
import { closeOfBusiness } from "./closeOfBusiness.js";
import { currentMarketPrice } from "./currentMarketPrice.js";
import { derivativeCounting } from "./derivativeCounting.js";
import { distribution } from "./distribution.js";
import { exchange } from "./exchange.js";
import { exemptPersons } from "./exemptPersons.js";
import { expiration } from "./expiration.js";
import { flipMultiples } from "./flipMultiples.js";
import { grandfather } from "./grandfather.js";
import { inadvertence } from "./inadvertence.js";
import { issuer } from "./issuer.js";
import { liquidationCarveOut } from "./liquidationCarveOut.js";
import { nolPlan } from "./nolPlan.js";
import { parties } from "./parties.js";
import { passiveThreshold } from "./passiveThreshold.js";
import { preferredReserved } from "./preferredReserved.js";
import { purchasePrice } from "./purchasePrice.js";
import { qualifiedOffer } from "./qualifiedOffer.js";
import { qualifiedTransaction } from "./qualifiedTransaction.js";
import { recordDate } from "./recordDate.js";
import { redemption } from "./redemption.js";
import { rightsAgent } from "./rightsAgent.js";
import { section13dExceptions, stockAcquisitionDateExceptions } from "./offerExceptions.js";
import { threshold } from "./threshold.js";
import { termSheet } from "./termSheet.js";
import { titleBlock } from "./titleBlock.js";
import { xbrlDetails } from "./xbrlDetails.js";
import { unit } from "./unit.js";

export const EXTRACTORS: readonly Extractor[] = [
  issuer, titleBlock, parties, agreementDate, recordDate, rightsAgent, threshold, passiveThreshold, grandfather, exemptPersons, inadvertence,
  unit, purchasePrice, preferredReserved, flipMultiples, redemption, xbrlDetails, expiration, distribution, exchange, qualifiedOffer,
  qualifiedTransaction, stockAcquisitionDateExceptions, section13dExceptions, liquidationCarveOut, nolPlan,
  currentMarketPrice, closeOfBusiness, derivativeCounting, bankClosings, changes, termSheet,
];
