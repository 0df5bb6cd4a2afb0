#!/usr/bin/env python3
"""Add or update keys in a pair of resx files: resx.py Dir/Name key 'id text' 'en text' [key id en ...]"""
import sys, os
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET
HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
def load(path):
    if not os.path.exists(path): return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): d.find('value').text or '' for d in root.findall('data')}
def save(path, items):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(items):
            f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(items[k])}</value></data>\n')
        f.write('</root>\n')
base = sys.argv[1]; args = sys.argv[2:]
ids, ens = load(base + '.resx'), load(base + '.en.resx')
for i in range(0, len(args), 3):
    k, i_, e = args[i:i+3]; ids[k] = i_; ens[k] = e
save(base + '.resx', ids); save(base + '.en.resx', ens)
