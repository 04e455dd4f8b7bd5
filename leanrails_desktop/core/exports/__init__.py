"""Exports of checkout links: QR codes (``qr``), CSV (``csv``), print sheets (``sheet``) and
bulk QR files (``bulk``).

Pure Python (qrcode, Pillow, the standard library); no Qt. Every file is written
atomically, so a failed or cancelled export never leaves a half-written file. Import the
submodule you need: importing this package alone loads nothing else, which keeps start-up
quick.
"""
