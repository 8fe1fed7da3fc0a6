package org.ecvetledger.projections.transcript;

/** What a standard version declares that the transcript shows beside each unit: where it has effect, its credit framework, its grading scheme. */
record StandardProfile(String standard, String jurisdiction, String framework, String gradingScheme) {}
