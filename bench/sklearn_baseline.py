#!/usr/bin/env python3
"""scikit-learn baseline for `npm run bench -- risk`.

Reads a loan-book CSV (the loan-recovery export's columns, optional hardship
columns) and a JSON file from bench/risk.ts with the folds, feature names,
adverse statuses, tree count, seed and the options Forbear's outcome recipe
uses. Builds the same features as models/risk/features.ts (the feature names
are checked against Forbear's, so the two cannot drift apart silently), then
times 5-fold CV + a final fit of RandomForestClassifier on exactly those
folds, twice: with scikit-learn's defaults, and with Forbear's options
(max_features, min_samples_leaf, monotonic_cst). Prints one JSON line.
"""
import argparse
import csv
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss

# Keep in step with models/risk/features.ts and models/loanBook/loanRecord.ts.
SEVERITY = ['relocation', 'increased_expenses', 'military_service', 'illness', 'income_reduction', 'divorce_separation',
            'other', 'disaster', 'business_failure', 'unemployment', 'disability', 'incarceration', 'death']
PAYMENT_HISTORIES = ['On-Time', 'Delayed', 'Missed']
EMPLOYMENT_TYPES = ['Salaried', 'Self-Employed', 'Business Owner', 'Unemployed']
LOAN_TYPES = ['Personal', 'Home', 'Auto', 'Business']
RATIO_CAP = 3.0


def number(row, column, default=None):
    raw = (row.get(column) or '').strip()
    return float(raw) if raw != '' else default


def duration(raw):
    v = (raw or '').strip().lower()
    return 0.0 if v in ('true', 'yes', '1') else 2.0 if v in ('false', 'no', '0') else 1.0


def feature_row(row):
    change = number(row, 'Income_Change_Pct', 0.0)
    income = number(row, 'Monthly_Income') * (1 + change / 100)
    collateral = number(row, 'Collateral_Value')
    outstanding = number(row, 'Outstanding_Loan_Amount')
    emi = number(row, 'Monthly_EMI')
    reason = (row.get('Hardship_Reason') or '').strip()
    return {
        'monthly_income': income,
        'income_change_pct': change,
        'loan_amount': number(row, 'Loan_Amount'),
        'loan_tenure': number(row, 'Loan_Tenure'),
        'interest_rate': number(row, 'Interest_Rate'),
        'collateral_value': collateral,
        'loan_to_value': min(RATIO_CAP, outstanding / collateral) if collateral > 0 else RATIO_CAP,
        'outstanding': outstanding,
        'monthly_emi': emi,
        'payment_to_income': min(RATIO_CAP, emi / income) if income > 0 else RATIO_CAP,
        'missed_payments': number(row, 'Num_Missed_Payments'),
        'days_past_due': number(row, 'Days_Past_Due'),
        'payment_history': float(PAYMENT_HISTORIES.index(row['Payment_History'].strip())),
        'employment_type': float(EMPLOYMENT_TYPES.index(row['Employment_Type'].strip())),
        'loan_type': float(LOAN_TYPES.index(row['Loan_Type'].strip())),
        'num_dependents': number(row, 'Num_Dependents'),
        'hardship_reason': float(SEVERITY.index(reason)) if reason else -1.0,
        'hardship_duration': duration(row.get('Hardship_Temporary')),
        'collection_attempts': number(row, 'Collection_Attempts'),
    }


def cross_validate(X, y, folds, seed, options):
    """Out-of-fold probabilities on the given folds, then the final fit; returns (seconds, probabilities)."""
    started = time.perf_counter()
    p = np.zeros(len(y))
    for k in range(int(folds.max()) + 1):
        train, test = folds != k, folds == k
        forest = RandomForestClassifier(random_state=seed, n_jobs=-1, **options).fit(X[train], y[train])
        p[test] = forest.predict_proba(X[test])[:, 1]
    RandomForestClassifier(random_state=seed, n_jobs=-1, **options).fit(X, y)
    return time.perf_counter() - started, p


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('csv', help='loan-book CSV')
    parser.add_argument('spec', help='JSON from bench/risk.ts: folds, features, adverse, trees, seed, forbear options')
    args = parser.parse_args()
    with open(args.spec, encoding='utf-8') as f:
        spec = json.load(f)
    with open(args.csv, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    built = [feature_row(r) for r in rows]
    unknown = [name for name in spec['features'] if name not in built[0]]
    if unknown:
        sys.exit(f'sklearn_baseline.py does not build feature(s) {unknown}: update it with models/risk/features.ts')
    X = np.array([[r[name] for name in spec['features']] for r in built])
    y = np.array([1 if r['Recovery_Status'].strip() in spec['adverse'] else 0 for r in rows])
    folds = np.array(spec['folds'])
    if len(folds) != len(y):
        sys.exit(f'{len(folds)} fold numbers for {len(y)} rows')
    forbear = spec['forbear']
    runs = [
        ('scikit-learn defaults', {'n_estimators': spec['trees']}),
        ("Forbear's options", {
            'n_estimators': spec['trees'],
            'max_features': forbear['maxFeatures'] if forbear['maxFeatures'] != 'sqrt' else 'sqrt',
            'min_samples_leaf': forbear['minSamplesLeaf'],
            'max_depth': forbear['maxDepth'],
            'monotonic_cst': forbear['monotone'] or None,
        }),
    ]
    results = []
    for name, options in runs:
        seconds, p = cross_validate(X, y, folds, spec['seed'], options)
        results.append({'name': name, 'seconds': seconds, 'rocAuc': roc_auc_score(y, p), 'brier': brier_score_loss(y, p),
                        'highBand': float(np.mean(p > 0.75))})
    print(json.dumps({'sklearn': sklearn.__version__, 'rows': len(y), 'runs': results}))


if __name__ == '__main__':
    main()
