"""Dialogs and the window's modal questions."""
