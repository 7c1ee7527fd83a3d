/**
 * The built-in plans as data: plans/*.yaml, bundled by scripts/bundle-plans.mjs (`npm run build`).
 * Generated: edit plans/ and rebuild, never this file.
 */

/** The ids of the built-in plans, sorted (light to load: `rightsplan plan list` needs no more). */
export const BUILT_IN_PLAN_IDS: readonly string[] = ["net-perceptions","selectica-2009"];

export const BUILT_IN_PLAN_DATA: Readonly<Record<string, unknown>> = {
  "net-perceptions": {
    "id": "net-perceptions",
    "name": "Net Perceptions, Inc. Rights Agreement (2001), as amended",
    "source": "Form 8-A/A, Amendment No. 1, filed December 23, 2003",
    "terms": {
      "company": {
        "value": "Net Perceptions, Inc.",
        "source": "cover page"
      },
      "rightsAgent": {
        "value": "Wells Fargo Bank Minnesota, N.A.",
        "source": "Item 1: \"between the Company and Wells Fargo Bank Minnesota, N.A., as Rights Agent\""
      },
      "agreementDate": {
        "value": "2001-06-01",
        "source": "Item 1: \"On June 1, 2001, the Board of Directors of the Company declared a dividend distribution of one Right\""
      },
      "recordDate": {
        "value": "2001-06-14",
        "source": "Item 1: \"stockholders of record at the close of business on June 14, 2001 (the \"Record Date\")\""
      },
      "finalExpiration": {
        "value": {
          "date": "2011-06-14",
          "time": "17:00"
        },
        "source": "Item 1: \"will expire at 5:00 P.M. (New York City time) on June 14, 2011\""
      },
      "unitDescription": {
        "value": "one one-thousandth of a share of Series A Junior Participating Preferred Stock, par value $.0001 per share",
        "source": "Item 1: \"a unit consisting of one one-thousandth of a share (a \"Unit\") of Series A Junior Participating Preferred Stock\""
      },
      "unitFraction": {
        "value": "0.001",
        "source": "Item 1: \"one one-thousandth of a share (a \"Unit\")\""
      },
      "unitsPerRight": {
        "value": "1",
        "source": "Item 1: \"Each Right entitles the registered holder to purchase from the Company a unit\""
      },
      "purchasePrice": {
        "value": "15",
        "source": "Item 1: \"at a purchase price of $15 per Unit, subject to adjustment\""
      },
      "acquiringPersonThresholdPercent": {
        "value": "15",
        "source": "Item 1: \"has acquired beneficial ownership of 15% or more of the outstanding shares of Common Stock\""
      },
      "passiveInvestorThresholdPercent": {
        "value": null,
        "source": "not in the plan"
      },
      "grandfatherDate": {
        "value": "2001-06-01",
        "source": "Item 1: \"15% or more of the outstanding shares of Common Stock after June 1, 2001\""
      },
      "grandfatheredPersons": {
        "value": [],
        "source": "Item 1 names no grandfathered holder"
      },
      "exemptPersons": {
        "value": [],
        "source": "Section 1(a) [standard form]: the Company, its Subsidiaries and employee benefit plans (flagged per scenario)"
      },
      "inadvertenceDivestBusinessDays": {
        "value": 10,
        "source": "Item 1: \"certain inadvertent actions by institutional or certain other stockholders\"; the period is a [standard form] term"
      },
      "stockAcquisitionDateExceptions": {
        "value": [],
        "source": "Rights Agreement Section 1(ff) (2001 text): no exception"
      },
      "distributionDaysAfterStockAcquisition": {
        "value": 10,
        "source": "Item 1: \"(i) 10 days following a public announcement\""
      },
      "distributionAnnouncementDayKind": {
        "value": "calendar",
        "source": "Item 1: \"(i) 10 days following a public announcement\": calendar days (R-T2), unlike prong (ii)'s \"10 business days\""
      },
      "distributionBusinessDaysAfterTenderOffer": {
        "value": 10,
        "source": "Item 1: \"(ii) 10 business days (or such later date as the Board shall determine) following the commencement of a tender offer\""
      },
      "distributionTenderOfferProng": {
        "value": "any-offer",
        "source": "Item 1 (2001 text): \"a tender offer or exchange offer that would result in a person or group becoming an Acquiring Person\""
      },
      "qualifiedOffer": {
        "value": true,
        "source": "Item 1: \"an offer for all outstanding shares of Common Stock which the independent directors determine to be fair ... (a \"Qualified Offer\")\""
      },
      "qualifiedTransaction": {
        "value": null,
        "source": "Rights Agreement Section 11(a)(ii) (2001 text): no Qualified Transaction"
      },
      "flipInMultiple": {
        "value": "2",
        "source": "Item 1: \"Common Stock ... having a value equal to two times the exercise price of the Right\""
      },
      "flipOverMultiple": {
        "value": "2",
        "source": "Item 1: \"common stock of the acquiring company having a value equal to two times the exercise price of the Right\""
      },
      "section13dExceptions": {
        "value": [
          "qualified-offer"
        ],
        "source": "Item 1: \"(other than with an entity which acquired the shares pursuant to a Qualified Offer)\""
      },
      "redemptionPrice": {
        "value": "0.01",
        "source": "Item 1: \"the Company may redeem the Rights in whole, but not in part, at a price of $.01 per Right\""
      },
      "redemptionDaysAfterStockAcquisition": {
        "value": 10,
        "source": "Item 1: \"At any time until 10 days following the Stock Acquisition Date, the Company may redeem the Rights\""
      },
      "redemptionDayKind": {
        "value": "calendar",
        "source": "Item 1: \"At any time until 10 days following the Stock Acquisition Date\": calendar days (R-T2)"
      },
      "exchangeRatio": {
        "value": "1",
        "source": "Item 1: \"at an exchange ratio of one share of Common Stock ... per Right (subject to adjustment)\""
      },
      "exchangeBarPercent": {
        "value": "50",
        "source": "Item 1: \"prior to the acquisition by such person or group of fifty percent (50%) or more of the outstanding Common Stock\""
      },
      "currentMarketPriceTradingDays": {
        "value": 30,
        "source": "Section 11(d) [standard form]: average of the closing prices for 30 consecutive Trading Days immediately prior to the date"
      },
      "liquidationPlanVotingCarveOut": {
        "value": false,
        "source": "Rights Agreement Section 1(d) (2001 text)"
      },
      "derivativeCounting": {
        "value": "numerator-only",
        "source": "Section 1(d) [a term]: shares under rights to acquire count for their holder, not in the shares outstanding"
      },
      "closeOfBusinessTime": {
        "value": "17:00",
        "source": "R-T1 [standard form]: close of business is 5:00 P.M. New York time"
      },
      "extraBankClosings": {
        "value": [],
        "source": "R-T3 [standard form]: the Federal Reserve holidays only"
      },
      "preferredReserved": {
        "value": 1500000,
        "source": "Item 1: \"1,500,000 shares of Series A Preferred Stock are initially reserved for issuance upon exercise of the Rights\""
      }
    },
    "amendments": [
      {
        "id": "amendment-1",
        "name": "Amendment No. 1 to Rights Agreement",
        "date": "2003-12-22",
        "effective": "2003-12-22",
        "source": "Form 8-A/A Exhibit 2, Amendment No. 1, dated December 22, 2003; §(7): \"deemed effective as of the date first written above\"",
        "changes": {
          "liquidationPlanVotingCarveOut": {
            "value": true,
            "source": "Amendment No. 1 §(1), Section 1(d): \"solely with respect to the Plan of Complete Liquidation and Dissolution\""
          },
          "stockAcquisitionDateExceptions": {
            "value": [
              "qualified-offer",
              "qualified-transaction"
            ],
            "source": "Amendment No. 1 §(2), Section 1(ff): \"other than pursuant to a Qualified Offer or a Qualified Transaction\""
          },
          "distributionTenderOfferProng": {
            "value": "less-than-all",
            "source": "Amendment No. 1 §(4), Section 3(a)(ii): \"(A) ... for less than the all outstanding shares ... or (B) ... amended or supplemented such that such tender or exchange offer is for less than all\""
          },
          "qualifiedTransaction": {
            "value": {
              "percent": "85",
              "excludeDirectorOfficers": true,
              "excludeStockPlans": true
            },
            "source": "Amendment No. 1 §(5), Section 11(a)(ii)(C): \"at least 85% of the shares of Common Stock outstanding at the time of commencement ... excluding ... (1) individuals ... who are directors and also officers ... and (2) stock plans\""
          },
          "section13dExceptions": {
            "value": [
              "qualified-offer",
              "qualified-transaction"
            ],
            "source": "Amendment No. 1 §(6), Section 13(d)(i): \"a Qualified Offer or a Qualified Transaction\""
          }
        }
      }
    ]
  },
  "selectica-2009": {
    "id": "selectica-2009",
    "name": "Selectica, Inc. Rights Agreement (2003), as amended into an NOL plan (November 2008) — reconstruction",
    "source": "Form 8-K of January 2, 2009; press release of January 3, 2009; Versata v. Selectica, 5 A.3d 586 (Del. 2010)",
    "terms": {
      "company": {
        "value": "Selectica, Inc.",
        "source": "Form 8-K of January 2, 2009, cover page"
      },
      "rightsAgent": {
        "value": "Computershare Investor Services, LLC",
        "source": "Form 8-K of January 2, 2009, Item 1.01: \"between the Company and Computershare Investor Services, LLC, as rights agent\""
      },
      "agreementDate": {
        "value": "2003-02-04",
        "source": "Form 8-K of January 2, 2009, Item 1.01: \"the Rights Agreement, dated February 4, 2003\""
      },
      "recordDate": {
        "value": "2003-02-04",
        "source": "[assumed] the record date is not in the sources consulted; it matters only before 2003",
        "assumed": "the record date is not in the sources consulted; it matters only before 2003"
      },
      "finalExpiration": {
        "value": {
          "date": "2013-02-04",
          "time": "17:00"
        },
        "source": "[assumed] ten years from the agreement, the standard form's term; not in the sources consulted",
        "assumed": "ten years from the agreement, the standard form's term; not in the sources consulted"
      },
      "unitDescription": {
        "value": "one one-thousandth of a share of Series A Junior Participating Preferred Stock",
        "source": "Form 8-K of January 2, 2009: \"rights to purchase shares of the Company's Series A Junior Participating Preferred Stock\"; the Unit fraction is [assumed]"
      },
      "unitFraction": {
        "value": "0.001",
        "source": "[assumed] standard form; not in the sources consulted",
        "assumed": "standard form; not in the sources consulted"
      },
      "unitsPerRight": {
        "value": "1",
        "source": "[assumed] standard form",
        "assumed": "standard form"
      },
      "purchasePrice": {
        "value": "15",
        "source": "[assumed] the Purchase Price is not in the sources consulted; it sets the flip-in's Adjustment Shares, not the exchange",
        "assumed": "the Purchase Price is not in the sources consulted; it sets the flip-in's Adjustment Shares, not the exchange"
      },
      "acquiringPersonThresholdPercent": {
        "value": "15",
        "source": "Versata v. Selectica (Del. 2010): the Board \"reduced the trigger ... from 15% to 4.99%\" (the 2003 text)"
      },
      "passiveInvestorThresholdPercent": {
        "value": null,
        "source": "none in the sources consulted"
      },
      "grandfatherDate": {
        "value": "2003-02-04",
        "source": "[assumed] holders above the threshold at adoption",
        "assumed": "holders above the threshold at adoption"
      },
      "grandfatheredPersons": {
        "value": [],
        "source": "the 2003 text names none in the sources consulted"
      },
      "exemptPersons": {
        "value": [],
        "source": "Section 1(a) [standard form]: the Company, its Subsidiaries and employee benefit plans (flagged per scenario)"
      },
      "inadvertenceDivestBusinessDays": {
        "value": 10,
        "source": "[standard form] assumed"
      },
      "stockAcquisitionDateExceptions": {
        "value": [],
        "source": "[standard form] assumed: no exception"
      },
      "distributionDaysAfterStockAcquisition": {
        "value": 10,
        "source": "[standard form] assumed"
      },
      "distributionAnnouncementDayKind": {
        "value": "calendar",
        "source": "[standard form] assumed"
      },
      "distributionBusinessDaysAfterTenderOffer": {
        "value": 10,
        "source": "[standard form] assumed"
      },
      "distributionTenderOfferProng": {
        "value": "any-offer",
        "source": "[standard form] assumed"
      },
      "qualifiedOffer": {
        "value": false,
        "source": "[assumed] none in the sources consulted",
        "assumed": "none in the sources consulted"
      },
      "qualifiedTransaction": {
        "value": null,
        "source": "[assumed] none in the sources consulted",
        "assumed": "none in the sources consulted"
      },
      "flipInMultiple": {
        "value": "2",
        "source": "[standard form] assumed: Common Stock worth twice the Purchase Price"
      },
      "flipOverMultiple": {
        "value": "2",
        "source": "[standard form] assumed"
      },
      "section13dExceptions": {
        "value": [],
        "source": "[assumed] none in the sources consulted",
        "assumed": "none in the sources consulted"
      },
      "redemptionPrice": {
        "value": "0.01",
        "source": "[assumed] standard form",
        "assumed": "standard form"
      },
      "redemptionDaysAfterStockAcquisition": {
        "value": 10,
        "source": "[standard form] assumed"
      },
      "redemptionDayKind": {
        "value": "calendar",
        "source": "[standard form] assumed"
      },
      "exchangeRatio": {
        "value": "1",
        "source": "Press release of January 3, 2009: \"the exchange of each outstanding right ... for one share of the Company's common stock\""
      },
      "exchangeBarPercent": {
        "value": "50",
        "source": "[standard form] assumed: no exchange once an Acquiring Person holds 50%"
      },
      "currentMarketPriceTradingDays": {
        "value": 30,
        "source": "Section 11(d) [standard form] assumed"
      },
      "liquidationPlanVotingCarveOut": {
        "value": false,
        "source": "not in this plan"
      },
      "derivativeCounting": {
        "value": "numerator-only",
        "source": "[a term] as in the built-in plan"
      },
      "closeOfBusinessTime": {
        "value": "17:00",
        "source": "R-T1 [standard form]"
      },
      "extraBankClosings": {
        "value": [],
        "source": "R-T3 [standard form]: the Federal Reserve holidays only"
      },
      "preferredReserved": {
        "value": 0,
        "source": "[assumed] not in the sources consulted",
        "assumed": "not in the sources consulted"
      }
    },
    "amendments": [
      {
        "id": "nol-amendment",
        "name": "Amendment of November 17, 2008 (the NOL pill)",
        "date": "2008-11-17",
        "effective": "2008-11-17",
        "source": "Form 8-K of January 2, 2009, Item 1.01 (\"thereafter amended on November 17, 2008\"); Versata v. Selectica (Del. 2010): the Board \"reduced the trigger ... from 15% to 4.99% ... and capped existing shareholders who held a 5% or more interest to a further increase of only 0.5%\"",
        "changes": {
          "acquiringPersonThresholdPercent": {
            "value": "4.99",
            "source": "Versata v. Selectica (Del. 2010): \"reduced the trigger of its 'poison pill' Shareholder Rights Plan from 15% to 4.99%\""
          },
          "grandfatherDate": {
            "value": "2008-11-17",
            "source": "Versata v. Selectica (Del. 2010): existing holders of 5% or more are capped to a further 0.5%; modelled as grandfathered holders (R-1a-grandfather), see the file's header"
          }
        }
      }
    ]
  }
};
